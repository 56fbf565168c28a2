using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Deliberation.Ballots.Benchmarks.Baseline;

/// <summary>
/// PostgreSQL's own load client running the same single-row INSERT: a reference for what the server
/// takes when the client costs next to nothing (it is C, and it runs beside us on the same cores).
/// </summary>
internal static partial class Pgbench
{
    public const string Program = "/usr/lib/postgresql/15/bin/pgbench";

    /// <summary>Transactions per second over <paramref name="seconds"/>, or null when pgbench is not installed.</summary>
    public static async Task<double?> InsertsPerSecondAsync(string connectionString, int clients, int seconds)
    {
        if (!File.Exists(Program)) return null;
        var script = Path.Combine(Path.GetTempPath(), $"bench-insert-{Environment.ProcessId}.sql");
        await File.WriteAllTextAsync(script, $"insert into {BareInsert.Table} (id, payload) values (gen_random_uuid(), 'yes');\n");
        var db = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(Program)
        {
            ArgumentList =
            {
                "-n", "-c", clients.ToString(CultureInfo.InvariantCulture), "-j", Math.Min(clients, Environment.ProcessorCount).ToString(CultureInfo.InvariantCulture),
                "-T", seconds.ToString(CultureInfo.InvariantCulture), "-f", script,
                "-h", db.Host!, "-p", db.Port.ToString(CultureInfo.InvariantCulture), "-U", db.Username!, db.Database!,
            },
            Environment = { ["PGPASSWORD"] = db.Password ?? "" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        File.Delete(script);
        var tps = Tps().Match(output);
        return tps.Success
            ? double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"pgbench gave no rate: {output}{errors}");
    }

    [GeneratedRegex(@"tps = ([0-9.]+)")]
    private static partial Regex Tps();
}
