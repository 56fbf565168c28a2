using Deliberation.Api.V1;
using Deliberation.Domain.Access;
using Deliberation.Engine.Ballots.Voting;
using Deliberation.Engine.EventStore;
using Deliberation.Engine.Feed;
using Deliberation.Server.Access;
using Deliberation.Server.Common;
using Grpc.Core;

namespace Deliberation.Server.Events;

/// <summary>
/// The session feed. A watcher first joins its node's hub (so nothing committed from then on escapes
/// it), reads what came before from the record in pages, says it has caught up, then relays the hub's
/// live events. Positions only grow, so an event read from the record is never relayed again.
/// </summary>
internal sealed class EventService(SessionAccess access, Reader reader, Electorates electorates, FeedHub hub, FeedDatabase database, IHostApplicationLifetime lifetime)
    : Api.V1.EventService.EventServiceBase
{
    private const int PageSize = 500;

    public override async Task WatchSession(WatchSessionRequest request, IServerStreamWriter<SessionEvent> responseStream, ServerCallContext context)
    {
        var sessionId = Ids.Of(request.SessionId);
        var viewer = await access.RequireAsync(context, sessionId, Permission.View);
        var session = await reader.GetAsync<Domain.Sessions.Session>(sessionId, "session", context.CancellationToken);
        var feed = new FeedContext(viewer, session, reader, electorates, context.CancellationToken);
        using var subscription = await hub.SubscribeAsync([sessionId, Domain.Floor.Floor.IdFor(sessionId)], context.CancellationToken);

        var last = request.AfterPosition;
        while (last < subscription.LiveAfter)
        {
            var page = await database.ReadSessionAsync(subscription.Keys, last, subscription.LiveAfter, PageSize, context.CancellationToken);
            foreach (var stored in page) await SendAsync(stored, feed, responseStream);
            last = page.Count == PageSize ? page[^1].Position : subscription.LiveAfter;
        }
        await responseStream.WriteAsync(new SessionEvent { Position = last, CaughtUp = new() }, context.CancellationToken);

        // A stopping engine ends its watchers' streams at once rather than waiting for them to hang up.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, lifetime.ApplicationStopping);
        try
        {
            await foreach (var stored in subscription.Events.ReadAllAsync(stop.Token))
                if (stored.Position > last)
                {
                    await SendAsync(stored, feed, responseStream);
                    last = stored.Position;
                }
        }
        catch (FeedFellBehind)
        {
            throw new FeedBehind(last);
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            throw new FeedStopping(last);
        }
    }

    private static async Task SendAsync(FeedEvent stored, FeedContext feed, IServerStreamWriter<SessionEvent> responseStream)
    {
        if (await FeedMapping.ToApiAsync(stored, feed) is { } message) await responseStream.WriteAsync(message);
    }
}
