using System.Collections.Concurrent;

namespace Deliberation.Engine.Feed;

/// <summary>The CLR types of stored events, by the name Marten records with each.</summary>
internal sealed class EventTypes
{
    private readonly ConcurrentDictionary<string, Type> _types = new();

    public Type Of(string dotnetName) => _types.GetOrAdd(dotnetName, name =>
        Type.GetType(name) ?? throw new InvalidOperationException($"Stored event type {name} is not known to this engine."));
}
