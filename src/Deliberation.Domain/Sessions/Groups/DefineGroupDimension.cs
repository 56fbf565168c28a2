using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Sessions.Lifecycle;

namespace Deliberation.Domain.Sessions.Groups;

/// <summary>Define a group dimension of the session and its values, named in the working languages.</summary>
public sealed record DefineGroupDimension(Guid SessionId, GroupDimension Dimension, Actor By)
{
    public static GroupDimensionDefined Decide(Session? session, DefineGroupDimension command, DateTimeOffset now)
    {
        if (session is null) throw new NotFound("session", command.SessionId);
        SessionLifecycle.RequireChangeable(session);
        if (session.Dimensions.Any(d => d.Key == command.Dimension.Key))
            throw new RuleViolation(RuleViolationReason.GroupDimensionExists, $"Session {session.Id} already has a group dimension '{command.Dimension.Key}'.");
        WorkingLanguages.Require(session.Languages, "group dimension", [command.Dimension.Name, .. command.Dimension.Values.Select(v => v.Label)]);
        return new GroupDimensionDefined(session.Id, command.Dimension, command.By, now);
    }
}

public sealed record GroupDimensionDefined(Guid SessionId, GroupDimension Dimension, Actor By, DateTimeOffset At);
