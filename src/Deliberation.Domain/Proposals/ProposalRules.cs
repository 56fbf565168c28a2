using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Proposals.Amendments;
using Deliberation.Domain.Sessions;
using Deliberation.Domain.Sessions.Agenda;
using Deliberation.Domain.Sessions.Lifecycle;

namespace Deliberation.Domain.Proposals;

/// <summary>The checks the proposal commands share.</summary>
public static class ProposalRules
{
    public static Proposal RequireActive(Proposal? proposal, Guid id, Session session)
    {
        if (proposal is null) throw new NotFound("proposal", id);
        SessionLifecycle.RequireChangeable(session);
        if (!proposal.IsActive)
            throw new RuleViolation(RuleViolationReason.ProposalNotActive,
                $"Proposal {proposal.Id} was {proposal.Status switch
                {
                    ProposalStatus.Withdrawn => "withdrawn",
                    ProposalStatus.Adopted => "adopted",
                    _ => $"merged into proposal {proposal.MergedInto}",
                }}; it takes no more changes.");
        return proposal;
    }

    public static void RequireAuthor(Proposal proposal, Actor by)
    {
        if (by != proposal.Author) throw new RuleViolation(RuleViolationReason.NotTheAuthor, $"Only the author of proposal {proposal.Id} may do this.");
    }

    public static void RequireVersion(Proposal proposal, int? expected)
    {
        if (expected is { } version && version != proposal.VersionNumber)
            throw new RuleViolation(RuleViolationReason.VersionChanged,
                $"Proposal {proposal.Id} is at version {proposal.VersionNumber}, not {version}; read it again before changing it.");
    }

    public static Amendment RequireAmendment(Proposal proposal, Guid amendmentId) =>
        proposal.FindAmendment(amendmentId) ?? throw new NotFound("amendment", amendmentId);

    public static void RequireUndecided(Amendment amendment)
    {
        if (!amendment.IsUndecided)
            throw new RuleViolation(RuleViolationReason.AmendmentDecided,
                $"Amendment {amendment.Number} is {amendment.Status.ToString().ToLowerInvariant()}; it is decided already.");
    }

    /// <summary>What a ballot decides stays as it is: neither the amendment nor (for a parent) its sub-amendments on a ballot.</summary>
    public static void RequireNothingUnderVote(Proposal proposal, Func<Amendments.Amendment, bool> concerned, string what)
    {
        if (proposal.Amendments.FirstOrDefault(a => a.Status == AmendmentStatus.PutToVote && concerned(a)) is { } voting)
            throw new RuleViolation(RuleViolationReason.AmendmentUnderVote, $"Amendment {voting.Number} is on a ballot; {what} waits until the ballot closes.");
    }

    /// <summary>
    /// Submission, revision and amendment happen in their phases of a round on the proposal's agenda
    /// item; a moderator's override, whose reason the event records, lifts this.
    /// </summary>
    public static void RequirePhase(Session session, Guid? agendaItemId, string? overrideReason, params Phase[] phases)
    {
        if (overrideReason is not null) return;
        var round = session.CurrentRound;
        if (round is { Status: RoundStatus.Open } && phases.Contains(round.Phase) &&
            (agendaItemId is null || session.Agenda.First(i => i.Rounds.Any(r => r.Id == round.Id)).Id == agendaItemId)) return;
        var wanted = string.Join(" or ", phases.Select(p => p.ToString().ToLowerInvariant()));
        throw new RuleViolation(RuleViolationReason.PhaseNotOpen, round is null
            ? $"No round is open in session {session.Id}; this needs a round in its {wanted} phase."
            : round.Status == RoundStatus.Paused ? $"The current round is paused; this needs a round in its {wanted} phase."
            : phases.Contains(round.Phase) ? $"The current round belongs to another agenda item than the proposal's."
            : $"The current round is in its {round.Phase.ToString().ToLowerInvariant()} phase; this needs its {wanted} phase.");
    }
}
