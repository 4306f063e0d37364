using Npgsql;
using Omega.Conformance.Storage;

namespace Omega.Conformance.Tests.Storage;

public sealed class StoreLocationTests
{
    [Fact]
    public void TryParse_PostgresUrl_GivesItsSettingsAndHidesThePassword()
    {
        var location = StoreLocation.TryParse("postgres://omega:s%40cret@db.example:6543/campaign?sslmode=require",
            out var problem);

        Assert.Null(problem);
        var settings = new NpgsqlConnectionStringBuilder(location!.Database!.ConnectionString(TimeSpan.FromSeconds(5)));
        Assert.Equal(("db.example", 6543, "omega", "s@cret", "campaign"), (settings.Host, settings.Port,
            settings.Username, settings.Password, settings.Database));
        Assert.Equal(SslMode.Require, settings.SslMode);
        Assert.Equal(5, settings.CommandTimeout);
        Assert.Equal("postgres://omega@db.example:6543/campaign?sslmode=require", location.Description);
        Assert.DoesNotContain("cret", location.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_PostgresqlSchemeWithoutPort_TakesThe5432()
    {
        var location = StoreLocation.TryParse("postgresql://omega@localhost/omega", out _);

        Assert.Equal(5432, new NpgsqlConnectionStringBuilder(location!.Database!.ConnectionString(
            TimeSpan.FromSeconds(1))).Port);
    }

    [Fact]
    public void TryParse_AFolder_IsAFileStore()
    {
        var location = StoreLocation.TryParse("recordings", out _);

        Assert.Equal(("recordings", false), (location!.Folder, location.IsDatabase));
    }

    [Theory]
    [InlineData("postgres://omega@db/omega?pool=9", "pool")]
    [InlineData("postgres:///omega", "postgres://user:password@host:port/database")]
    [InlineData("", "empty")]
    public void TryParse_WhatIsNoStore_SaysWhy(string text, string reason)
    {
        Assert.Null(StoreLocation.TryParse(text, out var problem));
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }
}
