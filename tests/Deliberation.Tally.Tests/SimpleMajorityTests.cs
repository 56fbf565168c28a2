using Deliberation.Tally.Motions;
using FsCheck.Xunit;
using static Deliberation.Tally.Motions.MotionChoice;

namespace Deliberation.Tally.Tests;

public class SimpleMajorityTests
{
    [Fact]
    public void More_yes_than_no_is_adopted_and_abstentions_stay_out_of_the_base()
    {
        var result = SimpleMajority.Tally([Yes, Yes, No, Abstain, Abstain, Abstain]);

        Assert.Equal((2, 1, 3, 3), (result.Yes, result.No, result.Abstain, result.Base));
        Assert.True(result.Adopted);
        Assert.StartsWith("Adopted: 2 of 3 votes cast were yes", result.Explanation);
    }

    [Fact]
    public void A_tie_fails_and_says_so()
    {
        var result = SimpleMajority.Tally([Yes, No]);

        Assert.False(result.Adopted);
        Assert.Contains("tied", result.Explanation);
    }

    [Fact]
    public void Only_abstentions_fail_for_want_of_votes_cast()
    {
        var result = SimpleMajority.Tally([Abstain, Abstain]);

        Assert.False(result.Adopted);
        Assert.Equal(0, result.Base);
        Assert.Contains("no yes or no votes", result.Explanation);
    }

    [Property]
    public bool Adopted_exactly_when_yes_outnumbers_no(byte yes, byte no, byte abstain)
    {
        var ballots = Enumerable.Repeat(Yes, yes).Concat(Enumerable.Repeat(No, no)).Concat(Enumerable.Repeat(Abstain, abstain));
        var result = SimpleMajority.Tally(ballots.OrderBy(_ => Random.Shared.Next()));
        return result.Adopted == (yes > no) && result.Yes == yes && result.No == no && result.Abstain == abstain;
    }
}
