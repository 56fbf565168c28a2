using Deliberation.Api.V1;
using Deliberation.Server.Common;
using FluentValidation;

namespace Deliberation.Server.Ballots;

internal sealed class OpenBallotRequestValidator : AbstractValidator<OpenBallotRequest>
{
    public OpenBallotRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.Secrecy).IsInEnum().WithMessage("must be public, results hidden or secret");
        When(r => r.Options is null, () =>
        {
            RuleFor(r => r.ProposalId).IsUuid();
            RuleFor(r => r.SessionId).Empty().WithMessage("is only for an options ballot: a ballot on a proposal is held in the proposal's session");
            When(r => r.AmendmentId.Length > 0, () => RuleFor(r => r.AmendmentId).IsUuid());
            RuleFor(r => r.Rule.Motion).SetValidator(new Tally.MotionRuleValidator()).When(r => r.Rule?.Motion is not null);
            RuleFor(r => r.Rule.MajorityInEachValueOf).IsKey().When(r => r.Rule is { MajorityInEachValueOf.Length: > 0 });
            When(r => r.Rule?.Consent is not null, () =>
            {
                RuleFor(r => r.Rule.Motion).Null().WithMessage("must be unset with consent: a ballot is decided by a motion rule or by consent");
                RuleFor(r => r.Rule.MajorityInEachValueOf).Empty().WithMessage("is for motions; a consent ballot's group veto is veto_in_each_value_of");
                RuleFor(r => r.Rule.Consent).SetValidator(new Tally.ConsentRuleValidator());
                RuleFor(r => r.Rule.Consent.Groups).Empty().WithMessage("must be empty: the groups with a veto are the values of veto_in_each_value_of");
                RuleFor(r => r.Rule.VetoInEachValueOf).IsKey().When(r => r.Rule.VetoInEachValueOf.Length > 0);
            }).Otherwise(() =>
                RuleFor(r => r.Rule.VetoInEachValueOf).Empty().WithMessage("is for consent ballots (rule.consent)").When(r => r.Rule is not null));
        }).Otherwise(() =>
        {
            RuleFor(r => r.ProposalId).Empty().WithMessage("must be empty on an options ballot: it is on a proposal or on options, not both");
            RuleFor(r => r.SessionId).IsUuid();
            RuleFor(r => r.AmendmentId).Empty().WithMessage("must be empty on an options ballot");
            RuleFor(r => r.Rule).Null().WithMessage("is a motion's rule; an options ballot's method is in options");
            RuleFor(r => r.Options).SetValidator(new BallotOptionsValidator());
        });
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
        When(r => r.Position != TallyConsentChoice.Unspecified, () =>
        {
            RuleFor(r => r.Position).Must(p => p is TallyConsentChoice.Consent or TallyConsentChoice.StandAside or TallyConsentChoice.Block)
                .WithMessage("must be consent, stand aside or block");
            RuleFor(r => r.Choice).Equal(VoteChoice.Unspecified).WithMessage("must be unset with a position: a consent ballot takes a position");
            RuleFor(r => r.Marks).Null().WithMessage("must be unset with a position: a consent ballot takes a position");
        }).Otherwise(() => When(r => r.Marks is null, () => RuleFor(r => r.Choice).Must(c => c is VoteChoice.Yes or VoteChoice.No or VoteChoice.Abstain)
            .WithMessage("must be yes, no or abstain (or, on a consent ballot, give a position)")).Otherwise(() =>
        {
            RuleFor(r => r.Choice).Equal(VoteChoice.Unspecified).WithMessage("must be unset with marks: a motion takes a choice, an options ballot marks");
            RuleFor(r => r.Marks).SetValidator(new BallotMarksValidator());
        }));
    }
}

/// <summary>What marks may hold whatever the ballot; whether they fit it is the domain's to say.</summary>
internal sealed class BallotMarksValidator : AbstractValidator<BallotMarks>
{
    public BallotMarksValidator()
    {
        RuleFor(m => m.Options).Must(o => o.Count <= Domain.Ballots.Options.BallotOptions.MaxOptions)
            .WithMessage($"must list at most {Domain.Ballots.Options.BallotOptions.MaxOptions} options");
        RuleFor(m => m.Scores).Must(o => o.Count <= Domain.Ballots.Options.BallotOptions.MaxOptions)
            .WithMessage($"must list at most {Domain.Ballots.Options.BallotOptions.MaxOptions} scores");
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

internal sealed class RecordBallotBatchRequestValidator : AbstractValidator<RecordBallotBatchRequest>
{
    private const int MaxVotes = Domain.Ballots.CountedBatches.RecordBallotBatch.MaxVotes;

    /// <summary>Differently marked papers in one batch at most.</summary>
    private const int MaxMarkings = 1_000;

    public RecordBallotBatchRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.BallotId).IsUuid();
        RuleFor(r => r.Kind).Must(k => k is BatchKind.Paper or BatchKind.ShowOfHands).WithMessage("must be paper or show of hands");
        RuleFor(r => r.Yes).InclusiveBetween(0, MaxVotes);
        RuleFor(r => r.No).InclusiveBetween(0, MaxVotes);
        RuleFor(r => r.Abstain).InclusiveBetween(0, MaxVotes);
        RuleFor(r => r.Consent).InclusiveBetween(0, MaxVotes);
        RuleFor(r => r.StandAside).InclusiveBetween(0, MaxVotes);
        RuleFor(r => r.Block).InclusiveBetween(0, MaxVotes);
        RuleFor(r => r.Yes + r.No + r.Abstain + r.Consent + r.StandAside + r.Block).GreaterThan(0).WithMessage("a batch holds at least one vote")
            .OverridePropertyName("yes")
            .When(r => new[] { r.Yes, r.No, r.Abstain, r.Consent, r.StandAside, r.Block }.All(c => c is >= 0 and <= MaxVotes) && r.Papers.Count == 0);
        RuleFor(r => r.Papers).Must(p => p.Count <= MaxMarkings).WithMessage($"must list at most {MaxMarkings} markings");
        RuleForEach(r => r.Papers).ChildRules(papers =>
        {
            papers.RuleFor(p => p.Count).InclusiveBetween(1, MaxVotes);
            papers.RuleFor(p => p.Marks).SetValidator(new BallotMarksValidator()).When(p => p.Marks is not null);
        });
        RuleFor(r => r.Papers.Sum(p => (long)p.Count)).LessThanOrEqualTo(MaxVotes).WithMessage($"must hold at most {MaxVotes} papers in all")
            .OverridePropertyName("papers");
        RuleFor(r => r.Dimension).Empty().When(r => r.Value.Length == 0).WithMessage("needs a value too");
        RuleFor(r => r.Value).Empty().When(r => r.Dimension.Length == 0).WithMessage("needs a dimension too");
        RuleFor(r => r.Note).MaximumLength(500);
    }
}

internal sealed class GrantProxyRequestValidator : AbstractValidator<GrantProxyRequest>
{
    public GrantProxyRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.SessionId).IsUuid();
        RuleFor(r => r.HolderId).IsUuid();
        When(r => r.BallotId.Length > 0, () => RuleFor(r => r.BallotId).IsUuid());
    }
}

internal sealed class RevokeProxyRequestValidator : AbstractValidator<RevokeProxyRequest>
{
    public RevokeProxyRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.SessionId).IsUuid();
        When(r => r.GrantorId.Length > 0, () => RuleFor(r => r.GrantorId).IsUuid());
        When(r => r.BallotId.Length > 0, () => RuleFor(r => r.BallotId).IsUuid());
    }
}

internal sealed class ListProxiesRequestValidator : AbstractValidator<ListProxiesRequest>
{
    public ListProxiesRequestValidator() => RuleFor(r => r.SessionId).IsUuid();
}
