using Deliberation.Api.V1;
using Deliberation.Server.Common;
using FluentValidation;

namespace Deliberation.Server.Events;

internal sealed class WatchSessionRequestValidator : AbstractValidator<WatchSessionRequest>
{
    public WatchSessionRequestValidator()
    {
        RuleFor(r => r.SessionId).IsUuid();
        RuleFor(r => r.AfterPosition).GreaterThanOrEqualTo(0).WithMessage("must be 0 or a position the feed sent");
    }
}
