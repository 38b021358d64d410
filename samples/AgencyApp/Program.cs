using AgencyApp;
using AgencyApp.Careful;
using Marac.Forms;
using Marac.Forms.DataProtection;
using Microsoft.Extensions.Logging;

using var loggers = LoggerFactory.Create(builder => builder.AddProvider(new ConsoleLoggerProvider()));
var folder = Directory.CreateTempSubdirectory("agency-app-").FullName;
var referral = SampleReferral.Create();

var decision = new DisclosureDecision
{
    Outcome = DisclosureOutcome.Share,
    LawfulBasis = LawfulBasis.For(
        Article6Basis.PublicTask,
        reasons: "Dash score 16 and threats to kill: a multi-agency safety plan is needed now",
        extent: "The MARAC referral form",
        permittedUse: "Discussion at the MARAC meeting and the safety actions it agrees"),
};

var outbox = new ReferralOutbox(loggers.CreateLogger<ReferralOutbox>(), folder);
var path = outbox.Send(referral, decision);
Console.WriteLine($"Referral written to {path}");

#if CARELESS
new AgencyApp.Careless.CarelessReferralHandler(loggers.CreateLogger<AgencyApp.Careless.CarelessReferralHandler>(), folder).Handle(referral);
#endif
