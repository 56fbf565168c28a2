using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Deliberation.Server.Hosting;

/// <summary>Healthy while the database answers a query; the gRPC health service reports SERVING only then.</summary>
internal sealed class DatabaseHealthCheck(DatabaseConnection database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync(timeout.Token);
            await using var command = new NpgsqlCommand("select 1", connection);
            await command.ExecuteScalarAsync(timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", e);
        }
    }
}

/// <summary>The database the engine uses, whether it started it or was given it.</summary>
internal sealed record DatabaseConnection(string ConnectionString, bool Embedded)
{
    public string Describe()
    {
        var b = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"{(Embedded ? "embedded" : "external")} PostgreSQL database '{b.Database}' on {b.Host}:{b.Port}";
    }
}
