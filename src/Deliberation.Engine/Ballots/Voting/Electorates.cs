using System.Collections.Concurrent;
using Deliberation.Domain.Ballots;
using Marten;

namespace Deliberation.Engine.Ballots.Voting;

/// <summary>
/// The electorates of ballots, kept in memory: an electorate never changes once its ballot opens,
/// so every vote after the first on a node checks eligibility without a read. The batches that
/// need a ballot's electorate at once share one read of it: it is the largest document a vote
/// touches (every voter and their groups), and the first seconds of a ballot bring many batches.
/// </summary>
public sealed class Electorates(IDocumentStore store)
{
    // Enough for the ballots open at once on a node; past it the cache starts afresh rather than grow without end.
    private const int Capacity = 1024;
    private readonly ConcurrentDictionary<Guid, Lazy<Task<Electorate?>>> known = new();

    public async ValueTask<Electorate?> FindAsync(Guid ballotId, CancellationToken cancellationToken)
    {
        if (!known.TryGetValue(ballotId, out var read))
        {
            if (known.Count >= Capacity) known.Clear();
            read = known.GetOrAdd(ballotId, id => new Lazy<Task<Electorate?>>(() => LoadAsync(id)));
        }
        try
        {
            // No ballot (yet): forget it, so that the next vote reads again.
            return await read.Value.WaitAsync(cancellationToken) ?? Forget(ballotId, read);
        }
        catch when (read.Value.IsFaulted)
        {
            Forget(ballotId, read);
            throw;
        }
    }

    private Electorate? Forget(Guid ballotId, Lazy<Task<Electorate?>> read)
    {
        known.TryRemove(KeyValuePair.Create(ballotId, read));
        return null;
    }

    // Not the caller's token: the read is shared, and one caller giving up must not fail the others.
    private async Task<Electorate?> LoadAsync(Guid ballotId)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<Electorate>(ballotId);
    }
}
