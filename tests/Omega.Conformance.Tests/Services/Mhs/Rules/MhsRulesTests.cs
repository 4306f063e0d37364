using System.Text.RegularExpressions;
using Omega.Conformance.Services;
using Omega.Conformance.Services.Mhs;

namespace Omega.Conformance.Tests.Services.Mhs.Rules;

public sealed partial class MhsRulesTests
{
    [Fact]
    public void Catalogue_Ids_AreUniqueAcrossTheLayersAndServices()
    {
        var ids = ServiceCatalog.Default.Rules.Select(rule => rule.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void MhsRules_Ids_AreMhs1xxOrMhs2xxInOrder()
    {
        var ids = MhsService.Instance.Rules.Select(rule => rule.Descriptor.Id).ToList();

        Assert.All(ids, id => Assert.Matches(MhsId(), id));
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public void MhsRules_Descriptors_SayWhereTheyComeFromInOneLine()
    {
        Assert.All(MhsService.Instance.Rules, rule =>
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.Descriptor.Section));
            Assert.EndsWith(".", rule.Descriptor.Summary, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', rule.Descriptor.Summary);
        });
    }

    [GeneratedRegex(@"^MHS[12]\d\d$")]
    private static partial Regex MhsId();
}
