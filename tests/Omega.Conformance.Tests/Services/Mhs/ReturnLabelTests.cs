using Omega.Conformance.Services.Mhs;

namespace Omega.Conformance.Tests.Services.Mhs;

public sealed class ReturnLabelTests
{
    [Fact]
    public void Matches_PlainTwinOfACodedLabel_IsNotTheCodedLabel()
    {
        var plain = MhsReturnCodes.RdvDateDemandee.Render();

        Assert.True(MhsReturnCodes.RdvDateDemandee.Matches(plain));
        Assert.False(MhsReturnCodes.RdvDateDemandeeAvecCode.Matches(plain));
    }

    [Theory]
    [InlineData("Le rendez-vous a été enregistré à la date demandée, "
        + "un technicien rappellera le client pour confirmer le rendez-vous : SIM-DD-01")]
    [InlineData("Le rendez-vous a été enregistré à la date demandée, "
        + "un technicien rappellera le client pour confirmer le rendez-vous")]
    public void Matches_CodedLabelWithOrWithoutItsCode_Matches(string text) =>
        Assert.True(MhsReturnCodes.RdvDateDemandeeAvecCode.Matches(text));

    [Fact]
    public void Matches_LabelEndingWithAPeriodThenItsCode_Matches() =>
        Assert.True(MhsReturnCodes.DialogueInterrompu.Matches(MhsReturnCodes.DialogueInterrompu.Render(" DLG301")));
}
