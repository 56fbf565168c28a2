using Npgsql;

namespace Deliberation.Ballots.Benchmarks;

/// <summary>
/// What PostgreSQL spent on each statement during a row (pg_stat_statements), for telling which part of a vote's
/// database time to work on. Its times are wall-clock inside the server, so on a busy machine they include waiting for a core.
/// </summary>
internal sealed class StatementStatistics(string connectionString)
{
    /// <summary>What the server must load at start for these statistics.</summary>
    public static readonly IReadOnlyList<string> ServerSettings = ["shared_preload_libraries=pg_stat_statements", "pg_stat_statements.track=all"];

    private const int Shown = 15;

    public async Task ResetAsync()
    {
        await using var connection = await OpenAsync();
        await using var reset = new NpgsqlCommand("create extension if not exists pg_stat_statements; select pg_stat_statements_reset()", connection);
        await reset.ExecuteNonQueryAsync();
    }

    public async Task PrintAsync(string row, TextWriter output)
    {
        await using var connection = await OpenAsync();
        await using var top = new NpgsqlCommand($"""
            select calls, total_exec_time, left(regexp_replace(query, '\s+', ' ', 'g'), 120)
            from pg_stat_statements order by total_exec_time desc limit {Shown}
            """, connection);
        await using var reader = await top.ExecuteReaderAsync();
        output.WriteLine($"Statements during {row}: calls, ms in all, µs per call, statement");
        while (await reader.ReadAsync())
            output.WriteLine($"{reader.GetInt64(0),9} {reader.GetDouble(1),8:F0} {1000 * reader.GetDouble(1) / reader.GetInt64(0),8:F0}  {reader.GetString(2)}");
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }
}
