using Deliberation.Domain.Common;
using Marten;

namespace Deliberation.Engine.EventStore;

/// <summary>Reads the inline read models, which are current as soon as a command is acknowledged.</summary>
public sealed class Reader(IDocumentStore store)
{
    public async Task<T> GetAsync<T>(Guid id, string kind, CancellationToken cancellationToken) where T : notnull
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<T>(id, cancellationToken) ?? throw new NotFound(kind, id);
    }
}
