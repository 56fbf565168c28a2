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
