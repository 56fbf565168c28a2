using Deliberation.Domain.Common;

namespace Deliberation.Domain.Sessions.Groups;

public static class GroupChoice
{
    /// <summary>Each value must be one the session defines for its dimension (or undisclosed).</summary>
    public static void RequireKnown(Session session, IReadOnlyDictionary<string, string> groups)
    {
        foreach (var (dimension, value) in groups)
        {
            var defined = session.Dimensions.FirstOrDefault(d => d.Key == dimension)
                ?? throw new RuleViolation(RuleViolationReason.UnknownGroup, $"Session {session.Id} has no group dimension '{dimension}'.");
            if (!defined.Allows(value))
                throw new RuleViolation(RuleViolationReason.UnknownGroup,
                    $"'{value}' is not a value of '{dimension}' (its values are {string.Join(", ", defined.Values.Select(v => v.Key).Append(GroupDimension.Undisclosed))}).");
        }
    }
}
