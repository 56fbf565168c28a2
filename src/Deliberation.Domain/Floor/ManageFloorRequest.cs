using Deliberation.Domain.Access;
using Deliberation.Domain.Common;

namespace Deliberation.Domain.Floor;

public enum RequestChange
{
    Skip,
    Remove,
    Move,
}

/// <summary>A moderator skips a request, removes it, or moves it to another place on the list.</summary>
public sealed record ManageFloorRequest(Guid SessionId, Guid RequestId, RequestChange Change, int Position, Actor By)
{
    public static object Decide(Floor? floor, Sessions.Session session, ManageFloorRequest command, DateTimeOffset now)
    {
        Sessions.Lifecycle.SessionLifecycle.RequireChangeable(session);
        if (floor is null) throw new NotFound("floor request", command.RequestId);
        var request = FloorRules.Waiting(floor, command.RequestId);
        return command.Change switch
        {
            RequestChange.Skip => new FloorRequestSkipped(floor.Id, request.Id, command.By, now),
            RequestChange.Remove => new FloorRequestRemoved(floor.Id, request.Id, command.By, now),
            _ => new FloorRequestMoved(floor.Id, request.Id, PositionAt(floor.Waiting(request.RoundId).Where(r => r.Id != request.Id).ToList(), command.Position), command.By, now),
        };
    }

    /// <summary>A list position (0 is first) as a sort key between the neighbours it will have.</summary>
    private static long PositionAt(IReadOnlyList<FloorRequest> others, int index)
    {
        if (others.Count == 0) return 0;
        if (index <= 0) return others[0].Position - 1024;
        if (index >= others.Count) return others[^1].Position + 1024;
        var (before, after) = (others[index - 1].Position, others[index].Position);
        return after - before > 1 ? before + (after - before) / 2 : before; // equal keys keep the list's earlier order
    }
}
