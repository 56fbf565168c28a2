using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Deliberation.Api.V1;
using Deliberation.Engine.Feed;
using Deliberation.Server.Common;

namespace Deliberation.Server.Events;

/// <summary>
/// Stored events as the feed's public messages, for one viewer: null for an event the viewer may not
/// see. Each area maps its own events in its own file (FeedMapping.Sessions.cs, .Floor.cs, ...).
/// </summary>
internal static partial class FeedMapping
{
    private delegate Task<SessionEvent?> Map(object stored, FeedContext context);

    /// <summary>A mapping, and whether its message is the same for every viewer of the same standing (moderating or not).</summary>
    private sealed record Mapping(Map Map, bool SameForPeers);

    // The areas are properties, not fields: static fields of partial files have no defined order of initialisation.
    private static readonly IReadOnlyDictionary<Type, Mapping> Maps =
        new[] { Sessions, Agenda, Participants, Floor, Proposals, Ballots, Votes, Proxies }.SelectMany(area => area).ToDictionary(m => m.Type, m => m.Mapping);

    /// <summary>
    /// Messages already made for an event that hundreds of watchers relay: made once per kind of viewer,
    /// forgotten with the event.
    /// </summary>
    private static readonly ConditionalWeakTable<FeedEvent, ConcurrentDictionary<bool, Task<SessionEvent?>>> Made = new();

    /// <summary>The event types the feed sends (to someone).</summary>
    public static IReadOnlyCollection<Type> Mapped => Maps.Keys.ToList();

    public static Task<SessionEvent?> ToApiAsync(FeedEvent stored, FeedContext context)
    {
        var mapping = Maps[stored.Data.GetType()];
        return mapping.SameForPeers
            ? Made.GetValue(stored, _ => new()).GetOrAdd(context.Viewer.Moderates, _ => MakeAsync(stored, mapping, context))
            : MakeAsync(stored, mapping, context);
    }

    private static async Task<SessionEvent?> MakeAsync(FeedEvent stored, Mapping mapping, FeedContext context)
    {
        var message = await mapping.Map(stored.Data, context);
        if (message is null) return null;
        message.Position = stored.Position;
        message.OccurredAt = stored.At.ToApi();
        return message;
    }

    /// <summary>An event every member sees the same way.</summary>
    private static (Type Type, Mapping Mapping) ForAll<T>(Func<T, FeedContext, SessionEvent> map) =>
        (typeof(T), new((stored, context) => Task.FromResult<SessionEvent?>(map((T)stored, context)), SameForPeers: true));

    /// <summary>An event every member sees the same way, whose message needs more than the event (a cached fact of its ballot).</summary>
    private static (Type Type, Mapping Mapping) ForAllAsync<T>(Func<T, FeedContext, Task<SessionEvent>> map) =>
        (typeof(T), new(async (stored, context) => await map((T)stored, context), SameForPeers: true));

    /// <summary>An event only moderators and the operator see.</summary>
    private static (Type Type, Mapping Mapping) ForModerators<T>(Func<T, SessionEvent> map) =>
        (typeof(T), new((stored, context) => Task.FromResult(context.Viewer.Moderates ? map((T)stored) : null), SameForPeers: true));

    /// <summary>An event whose message depends on who watches, or on more than the event (it reads the session's current state).</summary>
    private static (Type Type, Mapping Mapping) ForEach<T>(Func<T, FeedContext, Task<SessionEvent?>> map) =>
        (typeof(T), new((stored, context) => map((T)stored, context), SameForPeers: false));
}
