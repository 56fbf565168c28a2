using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Proposals.Amendments;
using Deliberation.Domain.Proposals.Text;
using Deliberation.Domain.Sessions;
using Deliberation.Domain.Sessions.Agenda;

namespace Deliberation.Domain.Proposals.Amending;

/// <summary>
/// Amend a proposal as it stood at <see cref="BaseVersion"/> (carried forward to the current version
/// if nothing it touches changed since, conflicting otherwise), or amend another amendment's texts
/// (a sub-amendment, named by <see cref="ParentId"/>).
/// </summary>
public sealed record SubmitAmendment(
    Guid ProposalId, Guid AmendmentId, Guid? ParentId, int BaseVersion, IReadOnlyList<AmendmentOperation> Operations,
    LocalizedText Rationale, Actor By, string? PhaseOverride = null)
{
    /// <param name="atBase">The proposal as it stood at the base version (the current one when they are the same).</param>
    public static IReadOnlyList<object> Decide(Proposal? current, Proposal? atBase, Session session, SubmitAmendment command, DateTimeOffset now)
    {
        var proposal = ProposalRules.RequireActive(current, command.ProposalId, session);
        if (proposal.Status != ProposalStatus.Admitted)
            throw new RuleViolation(RuleViolationReason.ProposalNotAdmitted, $"Proposal {proposal.Id} is still a draft: it needs its co-sponsors before it can be amended.");
        ProposalRules.RequirePhase(session, proposal.AgendaItemId, command.PhaseOverride, Phase.Amendment);
        if (proposal.Amendments.Count >= ProposalLimits.Amendments)
            throw new RuleViolation(RuleViolationReason.TooManyAmendments, $"Proposal {proposal.Id} has {ProposalLimits.Amendments} amendments, as many as it may have.");
        InvalidInput.ThrowIfAny(TextChecks.ForeignLanguages(command.Rationale.Texts, session.Languages, "rationale").ToList());

        var (baseVersion, operations) = Prepare(proposal, atBase, session, command.ParentId, command.BaseVersion, command.Operations);
        var submitted = new AmendmentSubmitted(proposal.Id, proposal.SessionId, command.AmendmentId, proposal.Amendments.Count + 1, command.ParentId, baseVersion,
            operations, command.Rationale, command.By, now, command.PhaseOverride);
        return Consistency.Review(proposal, proposal.Apply(submitted), submitted);
    }

    /// <summary>The base an amendment applies to and its completed operations; shared with rebasing.</summary>
    internal static (int BaseVersion, IReadOnlyList<AmendmentOperation> Operations) Prepare(
        Proposal proposal, Proposal? atBase, Session session, Guid? parentId, int baseVersion, IReadOnlyList<AmendmentOperation> operations)
    {
        if (parentId is { } id)
        {
            var parent = proposal.FindAmendment(id) ?? throw new InvalidInput("parent_amendment_id", "names no amendment of this proposal");
            if (parent.ParentId is not null) throw new InvalidInput("parent_amendment_id", "names a sub-amendment: amendments nest one level deep");
            ProposalRules.RequireUndecided(parent);
            if (parent.Status == AmendmentStatus.PutToVote)
                throw new RuleViolation(RuleViolationReason.AmendmentUnderVote, $"Amendment {parent.Number} is on a ballot; its text stays as it is until the ballot closes.");
            return (parent.Revision, Amendments.Operations.PrepareOnAmendment(parent, operations, session.Languages));
        }
        if (baseVersion < 1 || baseVersion > proposal.VersionNumber || atBase is null)
            throw new InvalidInput("base_version", $"must be a version of the proposal (1 to {proposal.VersionNumber})");
        var issued = 0;
        return (baseVersion, Amendments.Operations.Prepare(atBase.Paragraphs, operations, session.Languages, () => proposal.IssueParagraphId(issued++)));
    }
}
