using Deliberation.Domain.Sessions.Groups;

namespace Deliberation.Domain.Floor;

/// <summary>Who spoke how often and how long: one line per participant, and per value of each group dimension.</summary>
public sealed record FloorStatistics(IReadOnlyList<SpeakerStatistics> BySpeaker, IReadOnlyList<GroupStatistics> ByGroup)
{
    /// <summary>
    /// Statistics of the session's turns, or of one round's. A turn still running counts the time spoken
    /// so far; a group value nobody spoke from counts zero, so the report shows who was not heard.
    /// </summary>
    public static FloorStatistics Of(Floor floor, IReadOnlyList<GroupDimension> dimensions, Func<Guid, IReadOnlyDictionary<string, string>> groupsOf,
        DateTimeOffset now, Guid? roundId = null)
    {
        var turns = floor.Turns.Where(t => roundId is null || t.RoundId == roundId).ToList();
        var bySpeaker = turns.GroupBy(t => t.SpeakerId)
            .Select(g => new SpeakerStatistics(g.Key, g.Count(), g.Sum(t => t.SpokenAt(now))))
            .OrderByDescending(s => s.Seconds).ThenBy(s => s.ParticipantId).ToList();
        var byGroup = dimensions.SelectMany(d => d.Values.Select(v => v.Key).Append(GroupDimension.Undisclosed).Select(value =>
        {
            var theirs = turns.Where(t => (groupsOf(t.SpeakerId).TryGetValue(d.Key, out var v) ? v : GroupDimension.Undisclosed) == value).ToList();
            return new GroupStatistics(d.Key, value, theirs.Count, theirs.Sum(t => t.SpokenAt(now)));
        })).ToList();
        return new FloorStatistics(bySpeaker, byGroup);
    }
}

public sealed record SpeakerStatistics(Guid ParticipantId, int Turns, double Seconds);

public sealed record GroupStatistics(string Dimension, string Value, int Turns, double Seconds);
