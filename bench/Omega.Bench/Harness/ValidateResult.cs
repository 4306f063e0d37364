namespace Omega.Bench.Harness;

/// <summary>Mean seconds over the batch for each validator, process start included.</summary>
internal sealed record ValidateResult(int Files, int Runs, double OmegaSeconds, double XmllintSeconds)
{
    public double OmegaPerSecond => Files / OmegaSeconds;

    public double XmllintPerSecond => Files / XmllintSeconds;

    public double Ratio => OmegaPerSecond / XmllintPerSecond;
}
