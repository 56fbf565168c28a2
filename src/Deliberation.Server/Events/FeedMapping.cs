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

    // The areas are properties, not fields: static fields of partial files have no defined order of initialisation.
    private static readonly IReadOnlyDictionary<Type, Map> Maps =
        new[] { Sessions, Agenda, Participants, Floor }.SelectMany(area => area).ToDictionary(m => m.Type, m => m.Map);

    /// <summary>The event types the feed sends (to someone).</summary>
    public static IReadOnlyCollection<Type> Mapped => Maps.Keys.ToList();

    public static async Task<SessionEvent?> ToApiAsync(FeedEvent stored, FeedContext context)
    {
        if (NotYetMapped.Contains(stored.Data.GetType())) return null;
        var message = await Maps[stored.Data.GetType()](stored.Data, context);
        if (message is null) return null;
        message.Position = stored.Position;
        message.OccurredAt = stored.At.ToApi();
        return message;
    }

    /// <summary>An event every member sees the same way.</summary>
    private static (Type Type, Map Map) ForAll<T>(Func<T, FeedContext, SessionEvent> map) =>
        (typeof(T), (stored, context) => Task.FromResult<SessionEvent?>(map((T)stored, context)));

    /// <summary>An event only moderators and the operator see.</summary>
    private static (Type Type, Map Map) ForModerators<T>(Func<T, SessionEvent> map) =>
        (typeof(T), (stored, context) => Task.FromResult(context.Viewer.Moderates ? map((T)stored) : null));

    /// <summary>An event whose message depends on more than the event (it reads the session's current state).</summary>
    private static (Type Type, Map Map) ForEach<T>(Func<T, FeedContext, Task<SessionEvent?>> map) =>
        (typeof(T), (stored, context) => map((T)stored, context));
}
