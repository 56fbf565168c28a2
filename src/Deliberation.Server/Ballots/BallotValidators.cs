using Deliberation.Api.V1;
using Deliberation.Server.Common;
using FluentValidation;

namespace Deliberation.Server.Ballots;

internal sealed class OpenBallotRequestValidator : AbstractValidator<OpenBallotRequest>
{
    public OpenBallotRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.ProposalId).IsUuid();
        When(r => r.AmendmentId.Length > 0, () => RuleFor(r => r.AmendmentId).IsUuid());
        RuleFor(r => r.Secrecy).IsInEnum().WithMessage("must be public, results hidden or secret");
        RuleFor(r => r.Rule.Motion).SetValidator(new Tally.MotionRuleValidator()).When(r => r.Rule?.Motion is not null);
        RuleFor(r => r.Rule.MajorityInEachValueOf).IsKey().When(r => r.Rule is { MajorityInEachValueOf.Length: > 0 });
        RuleFor(r => r.Weights).Custom((weights, context) =>
        {
            foreach (var (participant, weight) in weights)
            {
                if (!Guid.TryParse(participant, out _)) context.AddFailure($"weights[{participant}]", "must be keyed by a participant id (a UUID)");
                if (weight is < 1 or > Domain.Ballots.OpenBallot.OpenBallot.MaxWeight)
                    context.AddFailure($"weights[{participant}]", $"must be from 1 to {Domain.Ballots.OpenBallot.OpenBallot.MaxWeight}");
            }
        });
    }
}

internal sealed class CastVoteRequestValidator : AbstractValidator<CastVoteRequest>
{
    public CastVoteRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.BallotId).IsUuid();
        RuleFor(r => r.Choice).Must(c => c is VoteChoice.Yes or VoteChoice.No or VoteChoice.Abstain)
            .WithMessage("must be yes, no or abstain");
    }
}

internal sealed class CloseBallotRequestValidator : AbstractValidator<CloseBallotRequest>
{
    public CloseBallotRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.BallotId).IsUuid();
    }
}

internal sealed class GetBallotRequestValidator : AbstractValidator<GetBallotRequest>
{
    public GetBallotRequestValidator() => RuleFor(r => r.BallotId).IsUuid();
}

internal sealed class WithdrawVoteRequestValidator : AbstractValidator<WithdrawVoteRequest>
{
    public WithdrawVoteRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.BallotId).IsUuid();
    }
}

internal sealed class GetBallotRecordRequestValidator : AbstractValidator<GetBallotRecordRequest>
{
    public GetBallotRecordRequestValidator() => RuleFor(r => r.BallotId).IsUuid();
}
