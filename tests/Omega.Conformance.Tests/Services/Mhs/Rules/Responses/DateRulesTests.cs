using Omega.Conformance.Services.Mhs;
using Omega.Testing;

namespace Omega.Conformance.Tests.Services.Mhs.Rules.Responses;

public sealed class DateRulesTests
{
    private const string DateDemandee = "<DateDemandee>2026-12-21</DateDemandee>";
    private const string Slot = "<ListeDatePlage><Date>2026-12-23</Date><Plage>MATIN</Plage></ListeDatePlage>";

    [Fact]
    public void Exclusive_OneKindOfDate_Passes()
    {
        RuleAssert.DoesNotFlag(ExampleEnvelope.Of("ReponseWSAbandonnerRdv").Validate(), "MHS205");
    }

    [Fact]
    public void Exclusive_RequestedAndProgrammedDates_FlagsTheSecond()
    {
        var result = ExampleEnvelope.Of("ReponseWSAbandonnerRdv")
            .After(DateDemandee, "<DateProgrammee><Date>2026-12-21</Date></DateProgrammee>")
            .Validate();

        RuleAssert.Flags(result, "MHS205", "/ReponseWSAbandonnerRdv/ReponseRdvObjet/DateProgrammee");
    }

    [Fact]
    public void ListeDP_WithSlots_Passes()
    {
        RuleAssert.DoesNotFlag(ExampleEnvelope.Of("ReponseWSDemanderPrecSuiv").Validate(), "MHS206");
    }

    [Fact]
    public void ListeDP_WithoutSlots_IsFlagged()
    {
        var result = ExampleEnvelope.Of("ReponseWSDemanderPrecSuiv").WithoutElements("ListeDatePlage").Validate();

        RuleAssert.Flags(result, "MHS206", "/ReponseWSDemanderPrecSuiv/ReponseRdvObjet/ListeDatePlage");
    }

    [Theory]
    [InlineData(20, null)]
    [InlineData(21, "/ReponseWSCreerDemandeMHS/ReponseCreerDemandeObjet/ListeDatePlage[25]")]
    public void ListeDatePlage_MoreThan24_FlagsEachExtraSlot(int added, string? path)
    {
        var result = ExampleEnvelope.Of("ReponseWSCreerDemandeMHS")
            .After("<PresenceClient>PNO</PresenceClient>", string.Concat(Enumerable.Repeat(Slot, added)))
            .Validate();

        if (path is null)
        {
            RuleAssert.DoesNotFlag(result, "MHS207");
        }
        else
        {
            RuleAssert.Flags(result, "MHS207", path);
        }
    }

    [Fact]
    public void DmdOkDP_WithProgrammedDate_Passes()
    {
        RuleAssert.DoesNotFlag(ExampleEnvelope.Of("ReponseWSAccepterRdv").Validate(), "MHS208");
    }

    [Fact]
    public void DmdOkDP_WithoutProgrammedDate_IsFlagged()
    {
        var result = ExampleEnvelope.Of("ReponseWSAccepterRdv").WithoutElements("DateProgrammee").Validate();

        RuleAssert.Flags(result, "MHS208", "/ReponseWSAccepterRdv/ReponseRdvObjet/DateProgrammee");
    }

    [Fact]
    public void DmdOkDP_WithoutAnyObject_IsFlaggedWhereTheDateWouldBe()
    {
        var result = ExampleEnvelope.Of("ReponseWSAbandonnerDemande")
            .With("<TypeRetourDialogue>A</TypeRetourDialogue>", "<TypeRetourDialogue>T</TypeRetourDialogue>")
            .With("<CodeRetour>DmdKo</CodeRetour>", "<CodeRetour>DmdOkDP</CodeRetour>")
            .Validate();

        RuleAssert.Flags(result, "MHS208", "/ReponseWSAbandonnerDemande/ReponseRdvObjet/DateProgrammee");
    }

    [Fact]
    public void DmdOkDD_WithRequestedDate_Passes()
    {
        RuleAssert.DoesNotFlag(ExampleEnvelope.Of("ReponseWSAbandonnerRdv").Validate(), "MHS209");
    }

    [Fact]
    public void DmdOkDD_WithoutRequestedDate_IsFlagged()
    {
        var result = ExampleEnvelope.Of("ReponseWSAbandonnerRdv").Without(DateDemandee).Validate();

        RuleAssert.Flags(result, "MHS209", "/ReponseWSAbandonnerRdv/ReponseRdvObjet/DateDemandee");
    }

    [Fact]
    public void DmdOkDD_DemandWithoutIntervention_NeedsNoDate()
    {
        var result = ExampleEnvelope.Of("ReponseWSAbandonnerRdv")
            .Without(DateDemandee)
            .With(
                MhsReturnCodes.RdvDateDemandee.Text,
                "La demande sans intervention a été enregistrée correctement dans OMEGA.")
            .Validate();

        RuleAssert.DoesNotFlag(result, "MHS209");
    }
}
