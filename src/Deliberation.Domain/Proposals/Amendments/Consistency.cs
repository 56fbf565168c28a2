using Deliberation.Domain.Common;
using Deliberation.Domain.Proposals.Amending;

namespace Deliberation.Domain.Proposals.Amendments;

/// <summary>
/// After any change, each amendment still to decide is carried forward to the new text or marked
/// conflicting: an amendment is carried forward only where nothing it touches has changed since it was
/// made, so no merge ever overwrites a change it did not see.
/// </summary>
public static class Consistency
{
    /// <summary>The change, followed by what it means for the amendments still to decide.</summary>
    public static IReadOnlyList<object> Review(Proposal before, Proposal after, params object[] changes) =>
        [.. changes, .. OnProposal(after), .. OnAmendments(before, after)];

    private static IEnumerable<object> OnProposal(Proposal proposal)
    {
        foreach (var amendment in proposal.Amendments.Where(a => a.ParentId is null && a.IsUndecided && !a.IsConflicting && a.BaseVersion < proposal.VersionNumber))
        {
            var conflicts = Operations.Conflicts(proposal.Paragraphs, amendment.Operations, amendment.BaseVersion);
            if (conflicts.Count == 0)
            {
                yield return new AmendmentCarriedForward(proposal.Id, proposal.SessionId, amendment.Id, proposal.VersionNumber);
                continue;
            }
            if (amendment.Status == AmendmentStatus.PutToVote)
                throw new RuleViolation(RuleViolationReason.AmendmentUnderVote,
                    $"Amendment {amendment.Number} is on a ballot and touches paragraph {string.Join(", ", conflicts)}; that text stays as it is until the ballot closes.");
            yield return new AmendmentConflicted(proposal.Id, proposal.SessionId, amendment.Id, proposal.VersionNumber, conflicts);
        }
    }

    /// <summary>A sub-amendment conflicts when the text it changes in its parent changed (a sibling merged, the parent rebased).</summary>
    private static IEnumerable<object> OnAmendments(Proposal before, Proposal after)
    {
        foreach (var parent in after.Amendments.Where(a => before.FindAmendment(a.Id) is { } earlier && earlier.Revision != a.Revision))
        {
            var changed = Changed(before.FindAmendment(parent.Id)!.ProposedTexts(), parent.ProposedTexts());
            foreach (var sub in after.Amendments.Where(s => s.ParentId == parent.Id && s.IsUndecided && !s.IsConflicting))
            {
                var conflicts = sub.Operations.Where(o => !parent.ProposedTexts().ContainsKey(o.ParagraphId) || o.LanguagesTouched()!.Any(l => changed.Contains((o.ParagraphId, l))))
                    .Select(o => o.ParagraphId).Distinct().ToList();
                if (conflicts.Count > 0 && sub.Status == AmendmentStatus.PutToVote)
                    throw new RuleViolation(RuleViolationReason.AmendmentUnderVote,
                        $"Sub-amendment {sub.Number} is on a ballot and changes paragraph {string.Join(", ", conflicts)} of amendment {parent.Number}; that text stays as it is until the ballot closes.");
                yield return conflicts.Count == 0
                    ? new AmendmentCarriedForward(after.Id, after.SessionId, sub.Id, parent.Revision)
                    : new AmendmentConflicted(after.Id, after.SessionId, sub.Id, parent.Revision, conflicts);
            }
        }
    }

    private static HashSet<(string, string)> Changed(
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> before, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> after) =>
        before.Concat(after).SelectMany(p => p.Value.Keys.Select(l => (p.Key, l)))
            .Where(k => before.GetValueOrDefault(k.Key)?.GetValueOrDefault(k.l) != after.GetValueOrDefault(k.Key)?.GetValueOrDefault(k.l))
            .ToHashSet();
}
