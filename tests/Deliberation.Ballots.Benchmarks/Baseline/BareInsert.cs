using Npgsql;

namespace Deliberation.Ballots.Benchmarks.Baseline;

/// <summary>
/// The database's floor: one single-row INSERT per operation (its own implicit transaction), through
/// an Npgsql pool set up as the engine's is (same size, no reset on checkout, statements prepared once they recur).
/// </summary>
internal sealed class BareInsert(NpgsqlDataSource source) : IAsyncDisposable
{
    public const string Table = "bench_bare_insert";

    public static async Task<BareInsert> CreateAsync(string connectionString)
    {
        var source = NpgsqlDataSource.Create(Engine.EngineServices.PoolOf(connectionString));
        await using var create = source.CreateCommand($"create table if not exists {Table} (id uuid primary key, payload text not null)");
        await create.ExecuteNonQueryAsync();
        return new BareInsert(source);
    }

    public async Task InsertAsync()
    {
        await using var insert = source.CreateCommand($"insert into {Table} (id, payload) values ($1, $2)");
        insert.Parameters.Add(new NpgsqlParameter { Value = Guid.CreateVersion7() });
        insert.Parameters.Add(new NpgsqlParameter { Value = "yes" });
        await insert.ExecuteNonQueryAsync();
    }

    public ValueTask DisposeAsync() => source.DisposeAsync();
}
