using Deliberation.Domain.Common;
using Deliberation.Domain.Sessions;
using Deliberation.Domain.Sessions.Agenda;
using Deliberation.Domain.Sessions.Lifecycle;

namespace Deliberation.Domain.Floor;

/// <summary>The checks every floor command shares.</summary>
internal static class FloorRules
{
    /// <summary>The events to append: the floor's opening first when it has none yet.</summary>
    public static IReadOnlyList<object> On(Floor? floor, Session session, params object[] events) =>
        floor is null ? [new FloorOpened(Floor.IdFor(session.Id), session.Id), .. events] : events;

    public static Floor OrEmpty(Floor? floor, Session session) => floor ?? Floor.Create(new FloorOpened(Floor.IdFor(session.Id), session.Id));

    /// <summary>The session's current round, which must be open (not paused or closed) in a session in progress.</summary>
    public static Round OpenRound(Session session)
    {
        SessionLifecycle.RequireInProgress(session);
        return session.CurrentRound is { Status: RoundStatus.Open } round
            ? round
            : throw new RuleViolation(RuleViolationReason.RoundNotOpen, "The floor is given only while a round is open.");
    }

    public static FloorRequest Waiting(Floor floor, Guid requestId)
    {
        var request = floor.Requests.FirstOrDefault(r => r.Id == requestId) ?? throw new NotFound("floor request", requestId);
        return request.Status == RequestStatus.Waiting
            ? request
            : throw new RuleViolation(RuleViolationReason.RequestNotWaiting, $"The request is {request.Status.ToString().ToLowerInvariant()}, no longer waiting.");
    }
}
