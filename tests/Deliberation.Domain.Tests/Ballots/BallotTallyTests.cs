using Deliberation.Domain.Ballots;
using Deliberation.Domain.Ballots.CloseBallot;
using Deliberation.Tally.Motions;
using static Deliberation.Tally.Motions.MotionChoice;
using Electorate = Deliberation.Domain.Ballots.Electorate;

namespace Deliberation.Domain.Tests.Ballots;

/// <summary>How a ballot's standing votes are counted under its rule, with weights, and broken down by group.</summary>
public class BallotTallyTests
{
    private static readonly BallotRule DoubleMajority = new(MotionRule.SimpleMajority, "community", ["albanian", "serbian"]);

    /// <summary>An electorate of the given voters (community, gender, weight), and each one's vote in the same order.</summary>
    private static (Electorate Electorate, List<TalliedVote> Votes) Room(BallotSecrecy secrecy, params (string Community, string Gender, int Weight, MotionChoice Choice)[] voters)
    {
        var electors = voters.Select(v => new Elector(Guid.NewGuid(), v.Weight, Groups(v.Community, v.Gender))).ToList();
        var votes = voters.Zip(electors, (v, e) => new TalliedVote(v.Choice, e.Weight, e.Groups)).ToList();
        return (new Electorate(Guid.NewGuid(), Guid.NewGuid(), secrecy, electors.ToDictionary(e => e.ParticipantId)), votes);
    }

    private static Dictionary<string, string> Groups(string community, string gender) => new() { ["community"] = community, ["gender"] = gender };

    [Fact]
    public void A_double_majority_fails_when_one_community_votes_no_though_the_room_votes_yes()
    {
        var (electorate, votes) = Room(BallotSecrecy.Public,
            ("albanian", "woman", 1, Yes), ("albanian", "man", 1, Yes), ("albanian", "woman", 1, Yes), ("albanian", "man", 1, Yes),
            ("serbian", "man", 1, No), ("serbian", "woman", 1, No), ("serbian", "man", 1, No));

        var (result, breakdown) = BallotTally.Count(DoubleMajority, electorate, BallotSecrecy.Public, votes);
        var (overall, _) = BallotTally.Count(BallotRule.SimpleMajority, electorate, BallotSecrecy.Public, votes);

        Assert.True(overall.Adopted);
        Assert.False(result.Adopted);
        Assert.Equal((4, 3, 0), (result.Yes, result.No, result.Abstain));
        Assert.Contains("serbian", result.Explanation);
        var byCommunity = breakdown.Where(g => g.Dimension == "community").ToDictionary(g => g.Value);
        Assert.Equal((4, 4, 0, true, true), (byCommunity["albanian"].Voted, byCommunity["albanian"].Yes, byCommunity["albanian"].No, byCommunity["albanian"].Required, byCommunity["albanian"].Held));
        Assert.Equal((3, 0, 3, true, false), (byCommunity["serbian"].Voted, byCommunity["serbian"].Yes, byCommunity["serbian"].No, byCommunity["serbian"].Required, byCommunity["serbian"].Held));
    }

    [Fact]
    public void A_double_majority_passes_when_the_majority_holds_in_every_community_and_the_breakdown_covers_every_dimension()
    {
        var (electorate, votes) = Room(BallotSecrecy.Public,
            ("albanian", "woman", 1, Yes), ("albanian", "man", 1, Abstain), ("serbian", "man", 1, Yes), ("serbian", "woman", 1, Yes), ("serbian", "man", 1, No));

        var (result, breakdown) = BallotTally.Count(DoubleMajority, electorate, BallotSecrecy.Public, votes);

        Assert.True(result.Adopted);
        Assert.Equal(
            [("community", "albanian", 1, 0, 1), ("community", "serbian", 2, 1, 0), ("gender", "man", 1, 1, 1), ("gender", "woman", 2, 0, 0)],
            breakdown.Select(g => (g.Dimension, g.Value, g.Yes, g.No, g.Abstain)));
        Assert.All(breakdown.Where(g => g.Dimension == "gender"), g => Assert.False(g.Required));
    }

    [Fact]
    public void A_weight_counts_as_that_many_votes()
    {
        var (electorate, votes) = Room(BallotSecrecy.Public, ("albanian", "woman", 3, No), ("serbian", "man", 1, Yes), ("serbian", "woman", 1, Yes));

        var (result, breakdown) = BallotTally.Count(BallotRule.SimpleMajority, electorate, BallotSecrecy.Public, votes);

        Assert.Equal((2, 3, 5, false), (result.Yes, result.No, result.Base, result.Adopted));
        Assert.Equal(3, breakdown.Single(g => g.Value == "albanian").No);
    }

    [Fact]
    public void An_absolute_majority_is_measured_against_the_weight_of_the_whole_electorate()
    {
        var (electorate, votes) = Room(BallotSecrecy.Public, ("albanian", "woman", 1, Yes), ("albanian", "man", 1, Yes), ("serbian", "man", 1, No));
        var (_, fewer) = Room(BallotSecrecy.Public, ("albanian", "woman", 1, Yes));

        var (result, _) = BallotTally.Count(new BallotRule(MotionRule.AbsoluteMajority, null, []), electorate, BallotSecrecy.Public, fewer);

        Assert.Equal((3, false), (result.Base, result.Adopted));
        Assert.True(BallotTally.Count(new BallotRule(MotionRule.AbsoluteMajority, null, []), electorate, BallotSecrecy.Public, votes).Result.Adopted);
    }

    [Fact]
    public void On_a_secret_ballot_a_group_value_of_fewer_than_three_voters_shows_no_counts_but_whether_its_majority_held()
    {
        var (electorate, votes) = Room(BallotSecrecy.Secret,
            ("albanian", "woman", 1, Yes), ("albanian", "woman", 1, Yes), ("albanian", "woman", 1, No), ("serbian", "man", 1, No), ("serbian", "woman", 1, Yes));

        var (_, breakdown) = BallotTally.Count(DoubleMajority, electorate, BallotSecrecy.Secret, votes);
        var (_, open) = BallotTally.Count(DoubleMajority, electorate, BallotSecrecy.Public, votes);

        var serbian = breakdown.Single(g => g.Value == "serbian");
        Assert.Equal((2, 0, 0, 0, true, false, true), (serbian.Voted, serbian.Yes, serbian.No, serbian.Abstain, serbian.Required, serbian.Held, serbian.Withheld));
        Assert.Equal((2, 1, false), (breakdown.Single(g => g.Value == "albanian").Yes, breakdown.Single(g => g.Value == "albanian").No, breakdown.Single(g => g.Value == "albanian").Withheld));
        Assert.True(breakdown.Single(g => g.Value == "man").Withheld);
        Assert.DoesNotContain(open, g => g.Withheld);
    }

    [Fact]
    public void On_a_secret_ballot_votes_counted_in_the_room_do_not_hide_one_online_voter_in_their_group_value()
    {
        var (electorate, votes) = Room(BallotSecrecy.Secret, ("albanian", "woman", 1, Yes), ("albanian", "woman", 1, No), ("albanian", "man", 1, No),
            ("serbian", "man", 1, No));
        // Published with the ballot: five yes from the serbian community's hall, which come off its totals.
        var hall = new TalliedVote(Yes, 5, new Dictionary<string, string> { ["community"] = "serbian" }, Voters: 5, InRoom: true);

        var (_, breakdown) = BallotTally.Count(BallotRule.SimpleMajority, electorate, BallotSecrecy.Secret, [.. votes, hall]);

        Assert.Equal((6, true), (breakdown.Single(g => g.Value == "serbian").Voted, breakdown.Single(g => g.Value == "serbian").Withheld));
        Assert.False(breakdown.Single(g => g.Value == "albanian").Withheld);
    }
}
