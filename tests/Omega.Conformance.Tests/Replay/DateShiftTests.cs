using System.Globalization;
using System.Text;
using Omega.Conformance.Contract;
using Omega.Conformance.Replay;
using Omega.Conformance.Rules;
using Omega.Conformance.Soap;
using Omega.Conformance.Validation;
using Omega.Testing;

namespace Omega.Conformance.Tests.Replay;

public sealed class DateShiftTests
{
    private static readonly DateOnly Monday = new(2026, 12, 7);

    [Theory]
    [InlineData("2026-12-07", 0)]
    [InlineData("2026-12-01", 0)]
    [InlineData("2026-12-08", 1)]
    [InlineData("2026-12-14", 1)]
    [InlineData("2027-01-14", 6)]
    public void Between_RecordedOnAMonday_MovesByTheFewestWeeksToTodayOrAfter(string today, int weeks)
    {
        var day = DateOnly.Parse(today, CultureInfo.InvariantCulture);

        var shift = DateShift.Between(Monday, day);

        Assert.Equal(weeks, shift.Weeks);
        var moved = Monday.AddDays(shift.Days);
        Assert.Equal(DayOfWeek.Monday, moved.DayOfWeek);
        Assert.True(moved >= day || weeks == 0);
        Assert.True(weeks == 0 || moved.AddDays(-7) < day);
    }

    [Fact]
    public void Apply_ToACreation_MovesItsDatesAndLeavesEveryOtherFieldAsItWas()
    {
        var envelope = File.ReadAllBytes(RepositoryPaths.Example("RequeteWSCreerDemandeMHS"));
        var validator = new MessageValidator(ContractLoader.Load(RepositoryPaths.Xsd));
        var message = validator.Validate(envelope).Message;
        var dates = Dates(message).ToArray();
        var editor = new EnvelopeEditor(envelope);

        var moved = new DateShift(2).Apply(message, editor);

        var after = validator.Validate(editor.ToBytes());
        Assert.NotEmpty(dates);
        Assert.Equal(dates.Length, moved);
        Assert.Equal(dates.Select(d => d.AddDays(14)), Dates(after.Message));
        var before = Encoding.UTF8.GetString(envelope);
        var text = Encoding.UTF8.GetString(editor.ToBytes());
        Assert.Equal(before.Length, text.Length);
        Assert.Equal(validator.Validate(envelope).IsConformant, after.IsConformant);
        Assert.Contains("<NumeroPCE>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_None_ChangesNothing()
    {
        var envelope = File.ReadAllBytes(RepositoryPaths.Example("RequeteWSCreerDemandeMHS"));
        var message = new MessageValidator(ContractLoader.Load(RepositoryPaths.Xsd)).Validate(envelope).Message;
        var editor = new EnvelopeEditor(envelope);

        Assert.Equal(0, DateShift.None.Apply(message, editor));
        Assert.False(editor.HasChanges);
    }

    private static IEnumerable<DateOnly> Dates(MessageElement? root) =>
        (root?.Leaves() ?? [])
            .Select(leaf => IsoDate.TryParse(leaf.Value.Trim(), out var date) ? date : (DateOnly?)null)
            .OfType<DateOnly>();
}
