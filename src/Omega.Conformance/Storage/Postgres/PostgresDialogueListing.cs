using Npgsql;
using NpgsqlTypes;
using Omega.Conformance.Recording;

namespace Omega.Conformance.Storage.Postgres;

/// <summary>
/// The dialogues a query selects, described in SQL exactly as <see cref="DialogueListing.Of"/>
/// describes a dialogue read from files, so both stores answer a query alike.
/// </summary>
internal static class PostgresDialogueListing
{
    private const string Sql = """
        select * from (
            select d.id, d.name, d.started_at, d.numero_cad, d.numero_pce, d.numero_demande, d.summary_failed,
                (select count(*) from omega_recorded_exchanges e where e.dialogue_id = d.id)::int as exchanges,
                (select count(*) from omega_recorded_exchanges e
                    where e.dialogue_id = d.id and e.verdict = 'fail')::int as failed,
                array(select distinct r collate "C" from (
                        select unnest(e.rules) as r from omega_recorded_exchanges e where e.dialogue_id = d.id
                        union select unnest(d.summary_rules)) u
                    order by 1) as rules,
                coalesce(d.summary_status, (select e.status from omega_recorded_exchanges e
                    where e.dialogue_id = d.id order by e.sequence desc, e.started_at desc limit 1)) as status
            from omega_recorded_dialogues d
            where ($1::timestamptz is null or d.started_at >= $1)
              and ($2::text is null or d.numero_pce = $2)
              and (cardinality($3::text[]) = 0 or d.id = any($3) or d.name = any($3))
        ) s
        where ($4::text is null or $4 = any(s.rules))
          and ($5::text is null or (case when s.failed > 0 or s.summary_failed then 'fail' else 'pass' end) = $5)
        order by s.started_at, s.id
        """;

    public static async Task<IReadOnlyList<DialogueListing>> ReadAsync(
        NpgsqlConnection connection, DialogueQuery query, CancellationToken cancel)
    {
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.Add(new()
        {
            Value = (object?)query.Since?.ToUniversalTime() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz,
        });
        command.Parameters.Add(PostgresRecordingStore.Text(query.NumeroPce));
        command.Parameters.Add(new() { Value = query.Dialogues.ToArray() });
        command.Parameters.Add(PostgresRecordingStore.Text(query.Rule));
        command.Parameters.Add(PostgresRecordingStore.Text(query.Verdict));
        var listings = new List<DialogueListing>();
        await using var reader = await command.ExecuteReaderAsync(cancel);
        while (await reader.ReadAsync(cancel))
        {
            var failed = reader.GetInt32(8);
            listings.Add(new DialogueListing
            {
                Id = reader.GetString(0),
                Name = reader.GetString(1),
                StartedAt = reader.GetFieldValue<DateTimeOffset>(2),
                NumeroCad = PostgresRecordingStore.NullableText(reader, 3),
                NumeroPce = PostgresRecordingStore.NullableText(reader, 4),
                NumeroDemande = PostgresRecordingStore.NullableText(reader, 5),
                Exchanges = reader.GetInt32(7),
                Failed = failed,
                Verdict = failed > 0 || reader.GetBoolean(6) ? "fail" : "pass",
                Rules = reader.GetFieldValue<string[]>(9),
                Status = PostgresRecordingStore.NullableText(reader, 10),
            });
        }

        return listings;
    }
}
