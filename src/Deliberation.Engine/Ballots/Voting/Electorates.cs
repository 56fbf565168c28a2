using System.Collections.Concurrent;
using Deliberation.Domain.Ballots;
using Marten;

namespace Deliberation.Engine.Ballots.Voting;

/// <summary>
/// The electorates of ballots, kept in memory: an electorate never changes once its ballot opens,
/// so every vote after the first on a node checks eligibility without a read.
/// </summary>
public sealed class Electorates(IDocumentStore store)
{
    // Enough for the ballots open at once on a node; past it the cache starts afresh rather than grow without end.
    private const int Capacity = 1024;
    private readonly ConcurrentDictionary<Guid, Electorate> known = new();

    public async ValueTask<Electorate?> FindAsync(Guid ballotId, CancellationToken cancellationToken)
    {
        if (known.TryGetValue(ballotId, out var electorate)) return electorate;
        await using var session = store.QuerySession();
        electorate = await session.LoadAsync<Electorate>(ballotId, cancellationToken);
        if (electorate is null) return null;
        if (known.Count >= Capacity) known.Clear();
        return known.GetOrAdd(ballotId, electorate);
    }
}
