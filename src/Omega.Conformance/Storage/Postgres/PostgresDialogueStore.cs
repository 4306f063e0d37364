using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Omega.Conformance.Dialogue;
using Omega.Conformance.Recording;
using Omega.Conformance.Services;

namespace Omega.Conformance.Storage.Postgres;

/// <summary>
/// Dialogue state shared by every proxy instance on one database. Concurrency is optimistic: a row
/// carries a version, a commit updates it only where the version is still the one its exchange was
/// judged on, in one statement with the keys it learned. Each statement is its own short
/// transaction; none is held open while OMEGA answers.
/// </summary>
public sealed class PostgresDialogueStore(PostgresDatabase database) : IDialogueStore
{
    private const string Columns =
        "s.id, s.started_at, s.numero_cad, s.numero_pce, s.numero_demande, s.service, s.last_role, s.state, "
        + "s.version, s.sequence, s.last_seen";

    public async ValueTask<StoredDialogue> AttachAsync(
        DialogueKeys keys, DateTimeOffset now, Func<string> newId, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(newId);
        await using var connection = await database.OpenAsync(cancel);
        if (keys.DemandeKey is { } demande)
        {
            return await ByKeyAsync(connection, demande, cancel) ?? await BeginByDemandeAsync(connection, keys, now,
                newId, cancel);
        }

        if (keys.PceKey is { } pce && keys.Role == OperationRole.Creation
            && await TakeWaitingCheckAsync(connection, pce, cancel) is { } check)
        {
            return check;
        }

        var begun = StoredDialogue.Begin(keys, now, newId());
        await using var command = new NpgsqlCommand(
            keys.PceKey is null
                ? "insert into omega_dialogue_state (id, started_at, numero_cad, numero_pce, numero_demande, "
                  + "last_seen) values ($1, $2, $3, $4, $5, $2)"
                : """
                  with s as (insert into omega_dialogue_state (id, started_at, numero_cad, numero_pce,
                      numero_demande, last_seen)
                             values ($1, $2, $3, $4, $5, $2) returning id)
                  insert into omega_dialogue_keys (key, dialogue_id) select $6, id from s
                  on conflict (key) do update set dialogue_id = excluded.dialogue_id
                  """,
            connection);
        AddIdentity(command, begun);
        if (keys.PceKey is { } key)
        {
            command.Parameters.Add(new() { Value = key });
        }

        await command.ExecuteNonQueryAsync(cancel);
        return begun;
    }

    public async ValueTask<StoredDialogue?> CommitAsync(StoredDialogue basis, DialogueChange change,
        CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(basis);
        ArgumentNullException.ThrowIfNull(change);
        var after = basis.With(change);
        await using var connection = await database.OpenAsync(cancel);
        await using var command = new NpgsqlCommand("""
            with up as (
                update omega_dialogue_state set service = $3, last_role = $4, state = $5, over = $6,
                    numero_demande = $7, version = $8, sequence = $9, last_seen = $10
                where id = $1 and version = $2
                returning id, numero_demande, over),
            numbered as (
                insert into omega_dialogue_keys (key, dialogue_id)
                select 'demande:' || numero_demande, id from up where numero_demande is not null
                on conflict (key) do nothing),
            unkeyed as (
                delete from omega_dialogue_keys k using up
                where k.dialogue_id = up.id and k.key like 'pce:%' and (up.numero_demande is not null or up.over)),
            waiting as (
                insert into omega_dialogue_keys (key, dialogue_id) select $11, id from up where $11 is not null
                on conflict (key) do update set dialogue_id = excluded.dialogue_id)
            select count(*) from up
            """, connection);
        command.Parameters.Add(new() { Value = basis.Id });
        command.Parameters.Add(new() { Value = basis.Version });
        AddChange(command, after);
        command.Parameters.Add(PostgresRecordingStore.Text(WaitingKey(after)));
        return (long)(await command.ExecuteScalarAsync(cancel))! == 1 ? after : null;
    }

    public async ValueTask<StoredDialogue?> FindAsync(string id, CancellationToken cancel)
    {
        await using var connection = await database.OpenAsync(cancel);
        await using var command = new NpgsqlCommand($"select {Columns} from omega_dialogue_state s where s.id = $1",
            connection);
        command.Parameters.Add(new() { Value = id });
        return (await ReadAsync(command, cancel)).SingleOrDefault();
    }

    public async ValueTask<IReadOnlyList<StoredDialogue>> IdleAsync(DateTimeOffset idleSince, CancellationToken cancel)
    {
        await using var connection = await database.OpenAsync(cancel);
        await using var command = new NpgsqlCommand(
            $"select {Columns} from omega_dialogue_state s where not s.over and s.state is not null and "
                + "s.last_seen < $1",
            connection);
        command.Parameters.Add(new() { Value = idleSince.ToUniversalTime() });
        return await ReadAsync(command, cancel);
    }

    public async ValueTask ForgetAsync(DateTimeOffset idleSince, CancellationToken cancel)
    {
        await using var connection = await database.OpenAsync(cancel);
        await using var command = new NpgsqlCommand("delete from omega_dialogue_state where last_seen < $1",
            connection);
        command.Parameters.Add(new() { Value = idleSince.ToUniversalTime() });
        await command.ExecuteNonQueryAsync(cancel);
    }

    /// <summary>
    /// Writes back a dialogue judged locally while the database was out of reach: taken when the
    /// database does not have it, or still has it at <paramref name="basisVersion"/> (no other
    /// instance moved it meanwhile); otherwise the database's state stands. True when taken.
    /// </summary>
    public async ValueTask<bool> RestoreAsync(StoredDialogue local, long basisVersion, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(local);
        await using var connection = await database.OpenAsync(cancel);
        await using var command = new NpgsqlCommand("""
            with up as (
                insert into omega_dialogue_state as s (id, started_at, numero_cad, numero_pce, numero_demande,
                    last_seen,
                    service, last_role, state, over, version, sequence)
                values ($1, $2, $3, $4, $5, $10, $6, $7, $8, $9, $11, $12)
                on conflict (id) do update set service = excluded.service, last_role = excluded.last_role,
                    state = excluded.state, over = excluded.over, numero_demande = excluded.numero_demande,
                    version = excluded.version, sequence = excluded.sequence, last_seen = excluded.last_seen
                where s.version = $13
                returning s.id, s.numero_demande, s.over),
            numbered as (
                insert into omega_dialogue_keys (key, dialogue_id)
                select 'demande:' || numero_demande, id from up where numero_demande is not null
                on conflict (key) do nothing),
            waiting as (
                insert into omega_dialogue_keys (key, dialogue_id)
                select $14, id from up where $14 is not null
                on conflict (key) do nothing)
            select count(*) from up
            """, connection);
        command.Parameters.Add(new() { Value = local.Id });
        command.Parameters.Add(new() { Value = local.StartedAt.ToUniversalTime() });
        command.Parameters.Add(PostgresRecordingStore.Text(local.NumeroCad));
        command.Parameters.Add(PostgresRecordingStore.Text(local.NumeroPce));
        command.Parameters.Add(PostgresRecordingStore.Text(local.NumeroDemande));
        command.Parameters.Add(PostgresRecordingStore.Text(local.Service));
        command.Parameters.Add(PostgresRecordingStore.Text(local.LastRole?.ToString()));
        command.Parameters.Add(PostgresRecordingStore.Jsonb(StateJson(local.State)));
        command.Parameters.Add(new() { Value = local.Ended });
        command.Parameters.Add(new() { Value = local.LastSeen.ToUniversalTime() });
        command.Parameters.Add(new() { Value = local.Version });
        command.Parameters.Add(new() { Value = local.Sequence });
        command.Parameters.Add(new() { Value = basisVersion });
        command.Parameters.Add(PostgresRecordingStore.Text(WaitingKey(local)));
        return (long)(await command.ExecuteScalarAsync(cancel))! == 1;
    }

    private static async Task<StoredDialogue?> ByKeyAsync(NpgsqlConnection connection, string key,
        CancellationToken cancel)
    {
        await using var command = new NpgsqlCommand(
            $"select {Columns} from omega_dialogue_keys k join omega_dialogue_state s on s.id = k.dialogue_id "
                + "where k.key = $1",
            connection);
        command.Parameters.Add(new() { Value = key });
        return (await ReadAsync(command, cancel)).SingleOrDefault();
    }

    /// <summary>
    /// A call for a demand no instance has seen begins its dialogue; when two race, the first keeps the key.
    /// </summary>
    private static async Task<StoredDialogue> BeginByDemandeAsync(
        NpgsqlConnection connection,
        DialogueKeys keys,
        DateTimeOffset now,
        Func<string> newId,
        CancellationToken cancel)
    {
        var begun = StoredDialogue.Begin(keys, now, newId());
        await using var command = new NpgsqlCommand("""
            with s as (insert into omega_dialogue_state (id, started_at, numero_cad, numero_pce, numero_demande,
                last_seen)
                       values ($1, $2, $3, $4, $5, $2) returning id),
                 k as (insert into omega_dialogue_keys (key, dialogue_id) select $6, id from s
                       on conflict (key) do nothing returning dialogue_id)
            select count(*) from k
            """, connection);
        AddIdentity(command, begun);
        command.Parameters.Add(new() { Value = keys.DemandeKey });
        if ((long)(await command.ExecuteScalarAsync(cancel))! == 1)
        {
            return begun;
        }

        await using var orphan = new NpgsqlCommand("delete from omega_dialogue_state where id = $1", connection);
        orphan.Parameters.Add(new() { Value = begun.Id });
        await orphan.ExecuteNonQueryAsync(cancel);
        return await ByKeyAsync(connection, keys.DemandeKey!, cancel) ?? begun;
    }

    /// <summary>
    /// The check (or creation left unanswered) waiting for this creation, taken off its PCE key in the
    /// same statement so that no other creation takes it; the commit puts the key back if it waits again.
    /// </summary>
    private static async Task<StoredDialogue?> TakeWaitingCheckAsync(NpgsqlConnection connection, string pceKey,
        CancellationToken cancel)
    {
        await using var command = new NpgsqlCommand($"""
            delete from omega_dialogue_keys k using omega_dialogue_state s
            where k.key = $1 and s.id = k.dialogue_id and s.numero_demande is null and not s.over
                and (s.last_role = 'Check'
                     or (s.last_role = 'Creation' and not coalesce((s.state ->> 'awaitsSupplier')::boolean, true)))
            returning {Columns}
            """, connection);
        command.Parameters.Add(new() { Value = pceKey });
        return (await ReadAsync(command, cancel)).SingleOrDefault();
    }

    /// <summary>The PCE key a dialogue waiting for a creation is found by; null for any other.</summary>
    private static string? WaitingKey(StoredDialogue dialogue) =>
        dialogue.WaitsForCreation ? new DialogueKeys(dialogue.NumeroCad, dialogue.NumeroPce, null, null).PceKey : null;

    private static void AddIdentity(NpgsqlCommand command, StoredDialogue dialogue)
    {
        command.Parameters.Add(new() { Value = dialogue.Id });
        command.Parameters.Add(new() { Value = dialogue.StartedAt.ToUniversalTime() });
        command.Parameters.Add(PostgresRecordingStore.Text(dialogue.NumeroCad));
        command.Parameters.Add(PostgresRecordingStore.Text(dialogue.NumeroPce));
        command.Parameters.Add(PostgresRecordingStore.Text(dialogue.NumeroDemande));
    }

    private static void AddChange(NpgsqlCommand command, StoredDialogue after)
    {
        command.Parameters.Add(PostgresRecordingStore.Text(after.Service));
        command.Parameters.Add(PostgresRecordingStore.Text(after.LastRole?.ToString()));
        command.Parameters.Add(PostgresRecordingStore.Jsonb(StateJson(after.State)));
        command.Parameters.Add(new() { Value = after.Ended });
        command.Parameters.Add(PostgresRecordingStore.Text(after.NumeroDemande));
        command.Parameters.Add(new() { Value = after.Version });
        command.Parameters.Add(new() { Value = after.Sequence });
        command.Parameters.Add(new() { Value = after.LastSeen.ToUniversalTime(),
            NpgsqlDbType = NpgsqlDbType.TimestampTz });
    }

    private static string? StateJson(DialogueState? state) =>
        state is null ? null : JsonSerializer.Serialize(state, RecordingJson.Readable.DialogueState);

    private static async Task<IReadOnlyList<StoredDialogue>> ReadAsync(NpgsqlCommand command, CancellationToken cancel)
    {
        var dialogues = new List<StoredDialogue>();
        await using var reader = await command.ExecuteReaderAsync(cancel);
        while (await reader.ReadAsync(cancel))
        {
            dialogues.Add(new StoredDialogue
            {
                Id = reader.GetString(0),
                StartedAt = reader.GetFieldValue<DateTimeOffset>(1),
                NumeroCad = PostgresRecordingStore.NullableText(reader, 2),
                NumeroPce = PostgresRecordingStore.NullableText(reader, 3),
                NumeroDemande = PostgresRecordingStore.NullableText(reader, 4),
                Service = PostgresRecordingStore.NullableText(reader, 5),
                LastRole = reader.IsDBNull(6) ? null : Enum.Parse<OperationRole>(reader.GetString(6)),
                State = reader.IsDBNull(7) ? null : JsonSerializer.Deserialize(reader.GetString(7),
                    RecordingJson.Readable.DialogueState),
                Version = reader.GetInt64(8),
                Sequence = reader.GetInt32(9),
                LastSeen = reader.GetFieldValue<DateTimeOffset>(10),
            });
        }

        return dialogues;
    }
}
