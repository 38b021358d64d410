using FsCheck;
using FsCheck.Fluent;
using Marac.Forms.DataProtection;

namespace Marac.Forms.TestData;

/// <content>Generators for the building blocks several forms share.</content>
public sealed partial class FormGenerators
{
    /// <summary>A name with given and family names from the fictional pool, and sometimes aliases and other spellings.</summary>
    public Gen<PersonName> PersonName { get; }

    /// <summary>A date of birth of any accuracy.</summary>
    public Gen<DateOfBirth> DateOfBirth { get; }

    /// <summary>A fictional address.</summary>
    public Gen<Address> Address { get; }

    /// <summary>Contact details with fictional numbers and addresses.</summary>
    public Gen<ContactDetails> ContactDetails { get; }

    /// <summary>Diversity information and needs.</summary>
    public Gen<DiversityAndNeeds> DiversityAndNeeds { get; }

    /// <summary>A victim's details.</summary>
    public Gen<VictimDetails> VictimDetails { get; }

    /// <summary>A perpetrator.</summary>
    public Gen<Perpetrator> Perpetrator { get; }

    /// <summary>A child.</summary>
    public Gen<Child> Child { get; }

    /// <summary>A fictional agency.</summary>
    public Gen<Agency> Agency { get; }

    /// <summary>A practitioner.</summary>
    public Gen<Practitioner> Practitioner { get; }

    /// <summary>A signature.</summary>
    public Gen<Signature> Signature { get; }

    /// <summary>A MARAC's recorded agreement, with its date, its minute reference, both or neither.</summary>
    public Gen<MaracAgreement> MaracAgreement { get; }

    /// <summary>A lawful basis whose statements may be empty (as a record member may hold).</summary>
    public Gen<LawfulBasis> LawfulBasis { get; }

    /// <summary>A lawful basis whose reasons, extent and permitted use are all stated, as writing a file requires.</summary>
    public Gen<LawfulBasis> CompleteLawfulBasis { get; }

    private Gen<PersonName> CreatePersonName() =>
        from name in FictionalNames.Any
        from given in OptionalText(Gen.Frequency((4, Gen.Constant(name.GivenNames)), (1, Text)))
        from family in OptionalText(Gen.Frequency((4, Gen.Constant(name.FamilyName)), (1, Text)))
        from aliases in ListOf(NameText)
        from spellings in ListOf(NameText)
        select new PersonName { GivenNames = given, FamilyName = family, Aliases = aliases, OtherSpellings = spellings };

    private Gen<DateOfBirth> CreateDateOfBirth() =>
        from accuracy in Any<DateOfBirthAccuracy>()
        from date in Date
        select new DateOfBirth { Accuracy = accuracy, Date = date };

    private Gen<Address> CreateAddress() =>
        from line1 in OptionalText(Gen.Frequency((3, FictionalPlaces.StreetLine), (1, Text)))
        from line2 in OptionalText()
        from town in OptionalText(Gen.Frequency((3, FictionalPlaces.Town), (1, Text)))
        from postcode in OptionalText(Gen.Frequency((3, FictionalPlaces.Postcode), (1, Text)))
        select new Address { Line1 = line1, Line2 = line2, Town = town, Postcode = postcode };

    private Gen<ContactDetails> CreateContactDetails() =>
        from phone in OptionalText(Gen.Frequency((3, FictionalPlaces.Phone), (1, Text)))
        from email in OptionalText(Gen.Frequency((3, FictionalPlaces.Email), (1, Text)))
        from safeToCall in Flag
        from safeContact in OptionalText()
        from safeTimes in OptionalText()
        select new ContactDetails { Phone = phone, Email = email, SafeToCall = safeToCall, SafeContactDetails = safeContact, SafeTimesToCall = safeTimes };

    private Gen<DiversityAndNeeds> CreateDiversityAndNeeds() =>
        from ethnicity in OptionalText()
        from bme in Flag
        from disabled in Flag
        from disability in OptionalText()
        from lgbt in Flag
        from orientation in OptionalText()
        from identity in OptionalText()
        from hasHistory in Flag
        from history in OptionalText()
        from exemption in Any<GenderRecognitionExemption>()
        from religion in OptionalText()
        from language in OptionalText(Gen.Frequency((3, Gen.Elements("Polish", "Turkish", "Greek", "Russian", "Vietnamese", "Arabic", "Welsh", "Cymraeg", "Polski", "Türkçe", "Ελληνικά", "Русский", "Tiếng Việt", "العربية")), (1, Text)))
        from interpreter in Flag
        from immigration in OptionalText()
        from pregnant in Flag
        from due in Date
        select new DiversityAndNeeds
        {
            Ethnicity = ethnicity,
            BlackOrMinorityEthnic = bme,
            Disabled = disabled,
            DisabilityDetails = disability,
            Lgbt = lgbt,
            SexualOrientation = orientation,
            GenderIdentity = identity,
            HasGenderHistory = hasHistory,
            GenderHistoryDetails = history,
            // A form that holds gender history records the s.22 exemption it goes there under: without one it is not printed.
            GenderHistoryExemption = exemption == GenderRecognitionExemption.None && (hasHistory == true || !string.IsNullOrWhiteSpace(history)) ? GenderRecognitionExemption.PersonAgreed : exemption,
            Religion = religion,
            PreferredLanguage = language,
            InterpreterNeeded = interpreter,
            ImmigrationStatus = immigration,
            Pregnant = pregnant,
            PregnancyDueDate = due,
        };

    private Gen<VictimDetails> CreateVictimDetails() =>
        from name in PersonName
        from dob in DateOfBirth
        from gender in Optional<Gender>()
        from address in Address
        from contact in ContactDetails
        from diversity in DiversityAndNeeds
        from gp in OptionalText()
        from housing in OptionalText()
        from wants in OptionalText()
        select new VictimDetails
        {
            Name = name,
            DateOfBirth = dob,
            Gender = gender,
            Address = address,
            Contact = contact,
            Diversity = diversity,
            GpPractice = gp,
            HousingSituation = housing,
            WantsFromMarac = wants,
        };

    private Gen<Perpetrator> CreatePerpetrator() =>
        from name in PersonName
        from dob in DateOfBirth
        from gender in Optional<Gender>()
        from relationship in OptionalText(Gen.Frequency((3, Gen.Elements("ex-partner", "husband", "wife", "partner", "brother-in-law", "son", "mother-in-law")), (1, Text)))
        from address in Address
        select new Perpetrator { Name = name, DateOfBirth = dob, Gender = gender, RelationshipToVictim = relationship, Address = address };

    private Gen<Child> CreateChild() =>
        from name in PersonName
        from dob in DateOfBirth
        from gender in Optional<Gender>()
        from toVictim in OptionalText(Gen.Frequency((3, Gen.Elements("son", "daughter", "stepson", "stepdaughter", "grandchild")), (1, Text)))
        from toPerpetrator in OptionalText(Gen.Frequency((3, Gen.Elements("son", "daughter", "stepchild", "none")), (1, Text)))
        from address in Address
        from school in OptionalText(Gen.Frequency((3, FictionalPlaces.School), (1, Text)))
        select new Child
        {
            Name = name,
            DateOfBirth = dob,
            Gender = gender,
            RelationshipToVictim = toVictim,
            RelationshipToPerpetrator = toPerpetrator,
            Address = address,
            School = school,
        };

    private Gen<Agency> CreateAgency() =>
        from agency in FictionalPlaces.AgencyName
        from name in OptionalText(Gen.Frequency((3, Gen.Constant(agency.Name)), (1, Text)))
        from kind in Gen.Frequency((3, Gen.Constant(agency.Kind)), (1, Any<AgencyKind>()))
        from sector in Any<AgencySector>()
        from attends in Flag
        from email in OptionalText(Gen.Frequency((3, FictionalPlaces.Email), (1, Text)))
        select new Agency { Name = name, Kind = kind, Sector = sector, AttendsMarac = attends, SecureEmail = email };

    private Gen<Practitioner> CreatePractitioner() =>
        from name in OptionalName()
        from position in OptionalText(Gen.Frequency((3, Gen.Elements("IDVA", "Police constable", "Health visitor", "Social worker", "Housing officer", "Team manager")), (1, Text)))
        from phone in OptionalText(Gen.Frequency((3, FictionalPlaces.Phone), (1, Text)))
        from email in OptionalText(Gen.Frequency((3, FictionalPlaces.Email), (1, Text)))
        select new Practitioner { Name = name, Position = position, Phone = phone, Email = email };

    private Gen<Signature> CreateSignature() =>
        from name in OptionalName()
        from role in OptionalText()
        from signedOn in Date
        select new Signature { Name = name, Role = role, SignedOn = signedOn };

    private Gen<MaracAgreement> CreateMaracAgreement() =>
        from agreedOn in Date
        from minute in OptionalText(Gen.Frequency((3, Gen.Choose(1, 999).Select(n => "MARAC minute " + n)), (1, Text)))
        select new MaracAgreement { AgreedOn = agreedOn, MinuteReference = minute };

    /// <summary>
    /// A lawful basis. A complete one states the basis of its own regime only (an Article 6 basis under UK GDPR, a
    /// section 35 basis under Part 3), as writing a file requires; an incomplete one may hold anything.
    /// </summary>
    private Gen<LawfulBasis> CreateLawfulBasis(bool complete)
    {
        var statement = complete
            ? Text.Where(t => !string.IsNullOrWhiteSpace(t))
            : EveryMemberSet ? Text : Gen.Frequency((1, Gen.Constant(string.Empty)), (3, Text));
        var footing =
            from regime in Any<ProcessingRegime>()
            from article6 in Optional<Article6Basis>()
            from anyArticle6 in Any<Article6Basis>()
            from section35 in Optional<LawEnforcementBasis>()
            from anySection35 in Any<LawEnforcementBasis>()
            select complete
                ? regime == ProcessingRegime.UkGdpr
                    ? new LawfulBasis { Regime = regime, Article6 = anyArticle6 }
                    : new LawfulBasis { Regime = regime, Section35 = anySection35 }
                : new LawfulBasis { Regime = regime, Article6 = article6, Section35 = section35 };
        var conditions =
            from basis in footing
            from annex1 in Any<Annex1Condition>()
            from article9 in Any<Article9Condition>()
            from schedule1 in Any<Schedule1Condition>()
            from article10 in Any<Schedule1Condition>()
            from schedule8 in Any<Schedule8Condition>()
            from policy in Gen.Elements(true, false)
            select basis with
            {
                Annex1 = annex1,
                Article9 = article9,
                Schedule1 = schedule1,
                Article10 = article10,
                Schedule8 = schedule8,
                AppropriatePolicyDocument = policy,
            };
        return
            from basis in conditions
            from gender in Any<GenderRecognitionExemption>()
            from sharing in MaracAgreement
            from enforcement in MaracAgreement
            from protects in Gen.Elements(true, false)
            from reasons in statement
            from extent in statement
            from use in statement
            select basis with
            {
                GenderRecognitionExemption = gender,
                ImmigrationSharingAgreement = sharing,
                ImmigrationEnforcementAgreement = enforcement,
                ImmigrationEnforcementToProtectVictim = protects,
                Reasons = reasons,
                Extent = extent,
                PermittedUse = use,
            };
    }
}
