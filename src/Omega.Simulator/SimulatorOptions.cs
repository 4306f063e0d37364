using Microsoft.Extensions.Logging;
using Omega.Simulator.Data;

namespace Omega.Simulator;

/// <summary>
/// How to start the simulator. Every field has a default: <c>new SimulatorOptions()</c> runs the shipped data.
/// </summary>
public sealed record SimulatorOptions
{
    /// <summary>The address of <c>omega stub</c> when none is given, the WSDL's soap:address.</summary>
    public const string DefaultListenUrl = "http://127.0.0.1:5080";

    /// <summary>Where to listen; port 0 takes a free port (tests do).</summary>
    public string ListenUrl { get; init; } = DefaultListenUrl;

    /// <summary>The data file; null for the shipped one. Ignored when <see cref="Data"/> is given.</summary>
    public string? DataFile { get; init; }

    /// <summary>The data itself, for tests and embedders that build it in code.</summary>
    public SimulatorData? Data { get; init; }

    /// <summary>Drives the demand numbers and the slots the calendar has already booked.</summary>
    public int Seed { get; init; } = 1;

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The folder of the XSD and WSDL; null for the contract shipped beside the simulator.</summary>
    public string? ContractFolder { get; init; }

    public ILoggerFactory? LoggerFactory { get; init; }
}
