using Deliberation.Api.V1;
using Deliberation.Server.Common;

namespace Deliberation.Server.Tally;

/// <summary>
/// Turns the tally library's violation paths (<c>ballots[3].ranking[1]</c>, <c>rule.blocksToStop</c>,
/// <c>tieBreak.seed</c>, <c>candidates</c>) into paths of the request (<c>ranked_ballots[3].ranking[1]</c>,
/// <c>consent.blocks_to_stop</c>, <c>tie_break.seed</c>, <c>options</c>).
/// </summary>
internal static class TallyPaths
{
    public static string ToRequest(string path, TallyRequest request)
    {
        var rule = TallyShape.RuleField(request.RuleCase);
        var end = path.IndexOfAny(['.', '[']);
        var (head, rest) = end < 0 ? (path, "") : (path[..end], path[end..]);
        var mapped = head switch
        {
            "ballots" => TallyShape.BallotsField(TallyShape.Of(request.RuleCase).Ballots),
            "rule" => rule,
            "candidates" => "options",
            "seats" or "budget" => $"{rule}.{head}",
            "range" => rule, // the score rule's min and max
            _ => ValidationDefaults.ToSnakeCase(head),
        };
        return mapped + ValidationDefaults.ToSnakeCase(rest);
    }
}
