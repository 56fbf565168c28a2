using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Proposals.Amendments;
using Deliberation.Domain.Proposals.Text;
using Deliberation.Domain.Sessions;

namespace Deliberation.Domain.Proposals.Merging;

/// <summary>
/// The author of two proposals merges the second into the first: its paragraphs follow the first's
/// under new ids, and its stream ends pointing at the first. Both histories stay readable.
/// </summary>
public sealed record MergeProposals(Guid ProposalId, Guid MergedProposalId, Actor By)
{
    public static (IReadOnlyList<object> Kept, ProposalMergedInto Merged) Decide(
        Proposal? kept, Proposal? merged, Session session, MergeProposals command, DateTimeOffset now)
    {
        var into = ProposalRules.RequireActive(kept, command.ProposalId, session);
        // Another session's proposal looks like a missing one, whatever its state.
        if (merged is null || merged.SessionId != into.SessionId) throw new NotFound("proposal", command.MergedProposalId);
        var from = ProposalRules.RequireActive(merged, command.MergedProposalId, session);
        if (from.Id == into.Id) throw new InvalidInput("merged_proposal_id", "names the proposal it would be merged into");
        ProposalRules.RequireNothingUnderVote(from, _ => true, "merging it away");
        ProposalRules.RequireAuthor(into, command.By);
        ProposalRules.RequireAuthor(from, command.By);
        if (into.Paragraphs.Count + from.Paragraphs.Count > ProposalLimits.Paragraphs)
            throw new InvalidInput("merged_proposal_id", $"together the two would be longer than {ProposalLimits.Paragraphs} paragraphs");

        var version = into.VersionNumber + 1;
        var appended = from.Paragraphs.Select((p, i) => new Paragraph(into.IssueParagraphId(i), Restamp(p.Text, version))).ToList();
        var event_ = new ProposalsMerged(into.Id, into.SessionId, from.Id, version, appended, command.By, now);
        return (Consistency.Review(into, into.Apply(event_), event_), new ProposalMergedInto(from.Id, from.SessionId, into.Id, version, command.By, now));
    }

    /// <summary>The text as written at the merge's version, each language as current or outdated as it was.</summary>
    private static TrackedText Restamp(TrackedText text, int version) => new(
        text.Texts,
        text.Texts.Keys.ToDictionary(l => l, _ => version),
        text.OutdatedSince.Keys.ToDictionary(l => l, _ => version));
}
