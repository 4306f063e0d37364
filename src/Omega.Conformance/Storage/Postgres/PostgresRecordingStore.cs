using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Omega.Conformance.Recording;

namespace Omega.Conformance.Storage.Postgres;

/// <summary>
/// Recordings in PostgreSQL: a row per dialogue, a row per exchange with its manifest (json) and
/// both bodies. An exchange is written in one implicit transaction with its dialogue's row, keyed by
/// its exchange id: appending it again (a spool drained twice, a copy run twice) changes nothing.
/// </summary>
public sealed class PostgresRecordingStore(PostgresDatabase database) : IRecordingStore
{
    public string Description => database.Url.Description;

    public async ValueTask AppendAsync(RecordingEntry entry, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var manifest = entry.Manifest;
        await using var connection = await database.OpenAsync(cancel);
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(UpsertDialogue(entry.Dialogue, manifest.NumeroCad));
        var insert = new NpgsqlBatchCommand("""
            insert into omega_recorded_exchanges (exchange_id, dialogue_id, sequence, operation, started_at, verdict,
                rules, status, manifest, request_body, response_body)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
            on conflict (exchange_id) do nothing
            """);
        insert.Parameters.Add(new() { Value = manifest.ExchangeId });
        insert.Parameters.Add(new() { Value = entry.Dialogue.Id });
        insert.Parameters.Add(new() { Value = manifest.Sequence });
        insert.Parameters.Add(Text(manifest.Operation));
        insert.Parameters.Add(new() { Value = manifest.StartedAt.ToUniversalTime() });
        insert.Parameters.Add(new() { Value = manifest.Verdict });
        insert.Parameters.Add(new() { Value = manifest.Violations.Select(v =>
            v.Rule).Distinct(StringComparer.Ordinal).ToArray() });
        insert.Parameters.Add(Text(manifest.DialogueAfter?.Status));
        insert.Parameters.Add(Json(JsonSerializer.Serialize(manifest, RecordingJson.Readable.ExchangeManifest)));
        insert.Parameters.Add(new() { Value = entry.RequestBody.ToArray() });
        insert.Parameters.Add(new() { Value = entry.ResponseBody.ToArray() });
        batch.BatchCommands.Add(insert);
        await batch.ExecuteNonQueryAsync(cancel);
    }

    public async ValueTask WriteSummaryAsync(DialogueRef dialogue, DialogueSummary summary, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(dialogue);
        ArgumentNullException.ThrowIfNull(summary);
        await using var connection = await database.OpenAsync(cancel);
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(UpsertDialogue(dialogue, summary.NumeroCad));
        var update = new NpgsqlBatchCommand("""
            update omega_recorded_dialogues
            set summary = $2, summary_rules = $3, summary_failed = $4, summary_status = $5
            where id = $1
            """);
        update.Parameters.Add(new() { Value = dialogue.Id });
        update.Parameters.Add(Json(JsonSerializer.Serialize(summary, RecordingJson.Readable.DialogueSummary)));
        update.Parameters.Add(new() { Value = summary.Violations.Select(v =>
            v.Rule).Distinct(StringComparer.Ordinal).ToArray() });
        update.Parameters.Add(new() { Value = summary.Violations.Any(v => v.Severity == "error") });
        update.Parameters.Add(Text(summary.State?.Status));
        batch.BatchCommands.Add(update);
        await batch.ExecuteNonQueryAsync(cancel);
    }

    public async Task<IReadOnlyList<DialogueListing>> ListAsync(DialogueQuery query, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await database.OpenAsync(cancel);
        return await PostgresDialogueListing.ReadAsync(connection, query, cancel);
    }

    public async Task<IReadOnlyList<RecordedDialogue>> ReadAsync(DialogueQuery query, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await database.OpenAsync(cancel);
        var listings = await PostgresDialogueListing.ReadAsync(connection, query, cancel);
        var dialogues = await ReadDialoguesAsync(connection, [.. listings.Select(l => l.Id)], cancel);
        return [.. listings.Select(l => dialogues[l.Id])];
    }

    private async Task<Dictionary<string, RecordedDialogue>> ReadDialoguesAsync(
        NpgsqlConnection connection, string[] ids, CancellationToken cancel)
    {
        var exchanges = ids.ToDictionary(id => id, _ => new List<RecordedExchange>(), StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand("""
            select dialogue_id, manifest, request_body, response_body from omega_recorded_exchanges
            where dialogue_id = any($1) order by dialogue_id, sequence, started_at, exchange_id
            """, connection))
        {
            command.Parameters.Add(new() { Value = ids });
            await using var reader = await command.ExecuteReaderAsync(cancel);
            while (await reader.ReadAsync(cancel))
            {
                var manifest = JsonSerializer.Deserialize(reader.GetString(1),
                    RecordingJson.Readable.ExchangeManifest)!;
                exchanges[reader.GetString(0)].Add(new RecordedExchange(
                    manifest, reader.GetFieldValue<byte[]>(2), reader.GetFieldValue<byte[]>(3)));
            }
        }

        var dialogues = new Dictionary<string, RecordedDialogue>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand("""
            select id, name, started_at, numero_pce, numero_demande,
                summary from omega_recorded_dialogues where id = any($1)
            """, connection))
        {
            command.Parameters.Add(new() { Value = ids });
            await using var reader = await command.ExecuteReaderAsync(cancel);
            while (await reader.ReadAsync(cancel))
            {
                var id = reader.GetString(0);
                var reference = new DialogueRef(
                    id, reader.GetFieldValue<DateTimeOffset>(2), NullableText(reader, 3), NullableText(reader, 4));
                var summary = reader.IsDBNull(5)
                    ? null
                    : JsonSerializer.Deserialize(reader.GetString(5), RecordingJson.Readable.DialogueSummary);
                dialogues[id] = new RecordedDialogue(
                    $"{Description}#{id}", reader.GetString(1), exchanges[id], summary, reference);
            }
        }

        return dialogues;
    }

    /// <summary>The dialogue's row, made or completed: its NumeroDemande, and its name with it, once known.</summary>
    private static NpgsqlBatchCommand UpsertDialogue(DialogueRef dialogue, string? numeroCad)
    {
        var command = new NpgsqlBatchCommand("""
            insert into omega_recorded_dialogues (id, name, started_at, numero_cad, numero_pce, numero_demande)
            values ($1, $2, $3, $4, $5, $6)
            on conflict (id) do update set
                name = case when excluded.numero_demande is not null then excluded.name
                            else omega_recorded_dialogues.name end,
                numero_demande = coalesce(excluded.numero_demande, omega_recorded_dialogues.numero_demande),
                numero_cad = coalesce(omega_recorded_dialogues.numero_cad, excluded.numero_cad),
                numero_pce = coalesce(omega_recorded_dialogues.numero_pce, excluded.numero_pce)
            """);
        command.Parameters.Add(new() { Value = dialogue.Id });
        command.Parameters.Add(new() { Value = FileRecordingStore.DialogueName(dialogue) });
        command.Parameters.Add(new() { Value = dialogue.StartedAt.ToUniversalTime() });
        command.Parameters.Add(Text(numeroCad));
        command.Parameters.Add(Text(dialogue.NumeroPce));
        command.Parameters.Add(Text(dialogue.NumeroDemande));
        return command;
    }

    /// <summary>The database keeps no dialogue of the proxy's in memory: nothing to drop.</summary>
    public void Forget(string dialogueId)
    {
    }

    internal static NpgsqlParameter Text(string? value) =>
        new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };

    /// <summary>Manifests are kept as json, not jsonb, so they read back as written, keys in their order.</summary>
    internal static NpgsqlParameter Json(string json) => new() { Value = json, NpgsqlDbType = NpgsqlDbType.Json };

    internal static NpgsqlParameter Jsonb(string? json) =>
        new() { Value = (object?)json ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Jsonb };

    internal static string? NullableText(NpgsqlDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : reader.GetString(column);
}
