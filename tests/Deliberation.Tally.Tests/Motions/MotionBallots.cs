using Deliberation.Tally.Motions;

namespace Deliberation.Tally.Tests.Motions;

internal static class MotionBallots
{
    public static List<MotionBallot> Of(int yes, int no, int abstain = 0, params string[] groups) =>
        Enumerable.Repeat(new MotionBallot(MotionChoice.Yes, 1, groups), yes)
            .Concat(Enumerable.Repeat(new MotionBallot(MotionChoice.No, 1, groups), no))
            .Concat(Enumerable.Repeat(new MotionBallot(MotionChoice.Abstain, 1, groups), abstain))
            .ToList();
}
