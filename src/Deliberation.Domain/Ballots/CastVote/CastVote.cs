using Deliberation.Domain.Common;
using Deliberation.Domain.Sessions;
using Deliberation.Tally.Motions;

namespace Deliberation.Domain.Ballots.CastVote;

/// <summary>
/// Cast a voter's vote on an open ballot in its round's voting phase: a yes/no/abstain <see cref="Choice"/> on a
/// motion, <see cref="Marks"/> on an options ballot, a <see cref="Position"/> on a consent ballot. A later vote
/// changes the first where the ballot allows changes; elsewhere a vote once cast stands.
/// </summary>
public sealed record CastVote(Guid BallotId, Guid VoterId, MotionChoice? Choice)
{
    public Options.OptionMarks? Marks { get; init; }

    public Tally.Groups.ConsentChoice? Position { get; init; }

    public Guid VoteId => Vote.IdFor(BallotId, VoterId);

    /// <param name="makePaper">
    /// Makes what the record keeps of this vote: the choice with a fresh receipt, sealed on a secret ballot.
    /// Called only once the vote is allowed: a closed secret ballot has no key left to seal with.
    /// </param>
    public static object Decide(Ballot? ballot, Session session, Electorate electorate, Vote? earlier, CastVote command, Func<VotePaper> makePaper, DateTimeOffset now)
    {
        VotingRules.RequireVoting(ballot, session, electorate, command.BallotId, command.VoterId);
        if (earlier is not null && !ballot!.ChangesAllowed)
            throw new RuleViolation(RuleViolationReason.AlreadyVoted,
                $"Participant {command.VoterId} has already voted on ballot {ballot.Id}, and this ballot does not allow changing a vote.");
        RequireFits(ballot!, command);
        var paper = makePaper();
        if (!paper.Fits(ballot!.Secrecy))
            throw new ArgumentException($"A {ballot.Secrecy} ballot's paper must be {(ballot.Secrecy == BallotSecrecy.Secret ? "sealed" : "in the clear")}.", nameof(paper));
        return earlier is null
            ? new VoteCast(command.VoteId, command.BallotId, command.VoterId, paper, now, session.Id)
            : new VoteChanged(command.VoteId, paper, now, command.BallotId, command.VoterId, session.Id);
    }

    /// <summary>A motion takes a choice, an options ballot marks that fit its rule, a consent ballot a position; anything else names the field.</summary>
    private static void RequireFits(Ballot ballot, CastVote command)
    {
        if (ballot.Options is { } options)
        {
            if (command.Choice is not null || command.Position is not null || command.Marks is null)
                throw new InvalidInput(command.Position is null ? "choice" : "position", "this ballot is on options: it takes marks, not a yes/no/abstain choice or a position");
            InvalidInput.ThrowIfAny(command.Marks.ProblemsOn(options));
        }
        else if (ballot.Rule.Consent is not null)
        {
            if (command.Choice is not null || command.Marks is not null || command.Position is null)
                throw new InvalidInput(command.Marks is null ? "choice" : "marks", "this ballot is decided by consent: it takes a position (consent, stand aside or block)");
        }
        else if (command.Marks is not null || command.Position is not null || command.Choice is null)
            throw new InvalidInput(command.Position is null ? "marks" : "position", "this ballot is a yes/no/abstain motion: it takes a choice");
    }
}
