namespace Deliberation.Engine.EmbeddedPostgres;

/// <summary>The embedded PostgreSQL cannot start because its programs are missing.</summary>
public sealed class PostgresNotInstalled() : Exception(PostgresBinaries.InstallHint);
