using Deliberation.Domain.Access;
using Deliberation.Domain.Participants;
using Deliberation.Domain.Sessions;

namespace Deliberation.Engine.Sessions.Overview;

/// <summary>A session with who is in it: counts by role and voting rights, and by value of each group dimension.</summary>
public sealed record SessionOverview(Session Session, IReadOnlyDictionary<Standing, int> ByStanding, IReadOnlyList<GroupCount> ByGroup)
{
    public static SessionOverview Of(Session session, IReadOnlyCollection<Participant> participants) => new(
        session,
        participants.GroupBy(p => p.Standing).ToDictionary(g => g.Key, g => g.Count()),
        session.Dimensions
            .SelectMany(d => d.Values.Select(v => v.Key).Append(Domain.Sessions.Groups.GroupDimension.Undisclosed)
                .Select(value => new GroupCount(d.Key, value, participants.Count(p => ValueOf(p, d.Key) == value))))
            .ToList());

    // Someone who has not said is counted as undisclosed.
    private static string ValueOf(Participant participant, string dimension) =>
        participant.Groups.TryGetValue(dimension, out var value) ? value : Domain.Sessions.Groups.GroupDimension.Undisclosed;
}

public sealed record GroupCount(string Dimension, string Value, int Participants);
