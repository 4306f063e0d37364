using Omega.Proxy.Cli.Stores;

namespace Omega.Proxy.Tests.Cli.Stores;

public sealed class DialogueSelectionTests
{
    [Theory]
    [InlineData("12h", "2026-12-07T08:00:00Z")]
    [InlineData("90m", "2026-12-07T18:30:00Z")]
    [InlineData("2026-12-01", "2026-12-01T00:00:00Z")]
    public void ParseSince_AnAgeOrADate_GivesTheInstant(string text, string expected)
    {
        var now = new DateTimeOffset(2026, 12, 7, 20, 0, 0, TimeSpan.Zero);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            DialogueSelection.ParseSince(text, now));
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("12x")]
    [InlineData("-3h")]
    public void ParseSince_NeitherAnAgeNorADate_GivesNothing(string text)
    {
        Assert.Null(DialogueSelection.ParseSince(text, DateTimeOffset.UnixEpoch));
    }
}
