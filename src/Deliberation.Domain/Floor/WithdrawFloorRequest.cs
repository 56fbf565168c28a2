using Deliberation.Domain.Common;

namespace Deliberation.Domain.Floor;

/// <summary>Take one's own request off the list.</summary>
public sealed record WithdrawFloorRequest(Guid SessionId, Guid ParticipantId, Guid RequestId)
{
    public static FloorRequestWithdrawn Decide(Floor? floor, Sessions.Session session, WithdrawFloorRequest command, DateTimeOffset now)
    {
        Sessions.Lifecycle.SessionLifecycle.RequireChangeable(session);
        if (floor is null) throw new NotFound("floor request", command.RequestId);
        var request = FloorRules.Waiting(floor, command.RequestId);
        if (request.ParticipantId != command.ParticipantId)
            throw new RuleViolation(RuleViolationReason.NotYourOwn, "Only the person who asked can withdraw a request.");
        return new FloorRequestWithdrawn(floor.Id, request.Id, now);
    }
}
