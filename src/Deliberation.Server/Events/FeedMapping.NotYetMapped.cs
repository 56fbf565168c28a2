using Deliberation.Domain.Ballots.CastVote;
using Deliberation.Domain.Ballots.WithdrawVote;

namespace Deliberation.Server.Events;

internal static partial class FeedMapping
{
    /// <summary>
    /// NOT YET MAPPED: single votes. Sending them needs care the ballot events do not: a receipt is its
    /// voter's alone, a secret ballot's choice nobody's, a results-hidden ballot's choice nobody's until
    /// the close; and VoteChanged/VoteWithdrawn name no session for the feed to find them by. Until
    /// they have their mapping, the feed sends none of them to anyone; then this set is removed.
    /// FeedMappingTests fails for a stored event type that is neither mapped nor listed here.
    /// </summary>
    public static readonly IReadOnlySet<Type> NotYetMapped = new HashSet<Type>
    {
        typeof(VoteCast),
        typeof(VoteChanged),
        typeof(VoteWithdrawn),
    };
}
