namespace Omega.Conformance.Storage.Postgres;

/// <summary>
/// The schema of the PostgreSQL store, as ordered migrations: each is applied once, in order, and
/// noted in omega_schema_version. A migration is never edited once released; a change is a new one.
/// </summary>
internal static class PostgresMigrations
{
    public static IReadOnlyList<(int Version, string Description, string Sql)> All { get; } =
    [
        (1, "recorded dialogues and exchanges", """
            create table omega_recorded_dialogues (
                id text primary key,
                name text not null,
                started_at timestamptz not null,
                numero_cad text,
                numero_pce text,
                numero_demande text,
                summary json,
                summary_rules text[] not null default '{}',
                summary_failed boolean not null default false,
                summary_status text
            );
            create index omega_recorded_dialogues_started on omega_recorded_dialogues (started_at);
            create index omega_recorded_dialogues_pce on omega_recorded_dialogues (numero_pce);
            create table omega_recorded_exchanges (
                exchange_id text primary key,
                dialogue_id text not null references omega_recorded_dialogues (id),
                sequence integer not null,
                operation text,
                started_at timestamptz not null,
                verdict text not null,
                rules text[] not null,
                status text,
                manifest json not null,
                request_body bytea not null,
                response_body bytea not null,
                recorded_at timestamptz not null default now()
            );
            create index omega_recorded_exchanges_dialogue on omega_recorded_exchanges (dialogue_id, sequence);
            """),
        (2, "dialogue state shared between proxy instances", """
            create table omega_dialogue_state (
                id text primary key,
                started_at timestamptz not null,
                numero_cad text,
                numero_pce text,
                numero_demande text,
                service text,
                last_role text,
                state jsonb,
                over boolean not null default false,
                version bigint not null default 0,
                sequence integer not null default 0,
                last_seen timestamptz not null
            );
            create index omega_dialogue_state_open on omega_dialogue_state (last_seen) where not over;
            create table omega_dialogue_keys (
                key text primary key,
                dialogue_id text not null references omega_dialogue_state (id) on delete cascade
            );
            create index omega_dialogue_keys_dialogue on omega_dialogue_keys (dialogue_id);
            """),
    ];
}
