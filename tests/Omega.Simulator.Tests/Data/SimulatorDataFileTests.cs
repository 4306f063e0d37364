using Omega.Simulator.Data;

namespace Omega.Simulator.Tests.Data;

public sealed class SimulatorDataFileTests
{
    [Fact]
    public void Load_DefaultFile_HasOnePcePerFrequencyAndAccess()
    {
        var data = SimulatorDataFile.Load(SimulatorDataFile.DefaultPath);

        Assert.Equal(["1M", "6M", "JJ", "JM", "MM"], data.Pces.Select(p => p.Frequency).Distinct().Order());
        Assert.Equal(["IAS", "PNO", "PO"], data.Pces.Select(p => p.Access).Distinct().Order());
        Assert.All(data.Pces, pce => Assert.False(string.IsNullOrEmpty(pce.Exercises)));
    }

    [Fact]
    public void Check_InconsistentData_ReportsEveryProblem()
    {
        var data = new SimulatorData
        {
            Calendar = new CalendarSettings { PageSize = 25 },
            Pces =
            [
                new PceRecord { NumeroPce = "1", Frequency = "2M" },
                new PceRecord { NumeroPce = "1", Access = "X" },
            ],
        };

        var problems = SimulatorDataFile.Check(data);

        Assert.Equal(4, problems.Count);
    }

    [Fact]
    public void Load_MissingFile_SaysWhich()
    {
        var error = Assert.Throws<SimulatorDataException>(() => SimulatorDataFile.Load("/nonexistent/pces.json"));

        Assert.Contains("/nonexistent/pces.json", error.Message, StringComparison.Ordinal);
    }
}
