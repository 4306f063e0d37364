using System.Text;
using Omega.Conformance.Recording;
using Omega.Conformance.Services.Mhs;
using Omega.Testing;

namespace Omega.Conformance.Tests.Recording;

public sealed class PseudonymizerTests
{
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes("a recorder secret made for the tests");
    private readonly Pseudonymizer _pseudonymizer = new(MhsService.Instance.PersonalData);

    [Fact]
    public void Token_KeepsLengthShapeAndLeadingZero()
    {
        var key = PseudonymKey.ForDialogue(Secret, "d1");

        var phone = key.Token("0611223344");
        var mail = key.Token("odile.lambertin@example.org");

        Assert.Matches("^0[0-9]{9}$", phone);
        Assert.NotEqual("0611223344", phone);
        Assert.Matches("^[a-z]{5}\\.[a-z]{9}@[a-z]{7}\\.[a-z]{3}$", mail);
    }

    [Fact]
    public void Token_SameValue_SameTokenInADialogueAndAnotherInTheNext()
    {
        var first = PseudonymKey.ForDialogue(Secret, "d1");
        var second = PseudonymKey.ForDialogue(Secret, "d2");

        Assert.Equal(first.Token("Lambertin"), PseudonymKey.ForDialogue(Secret, "d1").Token("Lambertin"));
        Assert.NotEqual(first.Token("Lambertin"), second.Token("Lambertin"));
    }

    [Fact]
    public void Token_ValueOfSeveralBlocks_StaysTheTokenEarlierRecordingsHold()
    {
        var key = PseudonymKey.ForDialogue(Secret, "d1");

        var token = key.Token(
            "Compteur au sous-sol, demander la gardienne. Client parti, logement vide depuis le 28/11.");

        Assert.Equal(
            "Qbsvuatr jg pkip-pyr, jyhpgkkx wc xslxaoxyi. Poyojl uibpw, bvyueszy xiph dxzchf zd 52/25.", token);
    }

    [Fact]
    public void Apply_CreerDemandeExample_ReplacesEveryPersonalValueAndNothingElse()
    {
        var original = File.ReadAllBytes(RepositoryPaths.Example("RequeteWSCreerDemandeMHS"));
        var message = Contracts.Validator().Validate(original).Message;

        var result = _pseudonymizer.Apply(original, message, PseudonymKey.ForDialogue(Secret, "d1"));

        var text = Encoding.UTF8.GetString(result.Bytes.Span);
        Assert.Equal(11, result.Tokens.Count);
        Assert.All(result.Tokens.Keys, value => Assert.DoesNotContain(value, text, StringComparison.Ordinal));
        Assert.Contains("<NumeroPCE>19112345678901</NumeroPCE>", text, StringComparison.Ordinal);
        Assert.Contains("<Login>jdemo</Login>", text, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetString(original).Length, text.Length);
        Assert.Empty(Contracts.Validator().Validate(result.Bytes).Violations);
    }

    [Fact]
    public void Apply_EscapedAndCdataValues_AreReplacedWhole()
    {
        var envelope = ExampleEnvelope.Of("RequeteWSCreerDemandeMHS").With(
            "<Commentaire>Compteur au sous-sol, demander la gardienne.</Commentaire>",
            "<Commentaire>Chez M &amp; Mme <![CDATA[Dupré <3>]]></Commentaire>").Text;
        var bytes = Encoding.UTF8.GetBytes(envelope);
        var message = Contracts.Validator().Validate(bytes).Message;

        var result = _pseudonymizer.Apply(bytes, message, PseudonymKey.ForDialogue(Secret, "d1"));

        var text = Encoding.UTF8.GetString(result.Bytes.Span);
        Assert.DoesNotContain("Dupré", text, StringComparison.Ordinal);
        Assert.DoesNotContain("CDATA", text, StringComparison.Ordinal);
        Assert.Empty(Contracts.Validator().Validate(result.Bytes).Violations);
        Assert.Equal(result.Tokens["Chez M & Mme Dupré <3>"].Length, "Chez M & Mme Dupré <3>".Length);
    }

    [Fact]
    public void Apply_Latin1Envelope_IsEncodedBackInLatin1()
    {
        var envelope = ExampleEnvelope.Of("RequeteWSCreerDemandeMHS")
            .With("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"")
            .Text;
        var bytes = Encoding.Latin1.GetBytes(envelope);
        var message = Contracts.Validator().Validate(bytes).Message;

        var result = _pseudonymizer.Apply(bytes, message, PseudonymKey.ForDialogue(Secret, "d1"));

        var text = Encoding.Latin1.GetString(result.Bytes.Span);
        Assert.DoesNotContain("Bâtiment C", text, StringComparison.Ordinal);
        Assert.Empty(Contracts.Validator().Validate(result.Bytes).Violations);
    }

    [Fact]
    public void Scrub_ViolationMessageQuotingAValue_HidesIt()
    {
        var original = File.ReadAllBytes(RepositoryPaths.Example("RequeteWSCreerDemandeMHS"));
        var message = Contracts.Validator().Validate(original).Message;
        var result = _pseudonymizer.Apply(original, message, PseudonymKey.ForDialogue(Secret, "d1"));

        var scrubbed = result.Scrub("The value '0478563412' is invalid.");

        Assert.DoesNotContain("0478563412", scrubbed, StringComparison.Ordinal);
    }
}
