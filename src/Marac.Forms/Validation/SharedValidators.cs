namespace Marac.Forms;

/// <summary>Checks for the building blocks shared by several forms.</summary>
internal static class SharedValidators
{
    internal static void Name(ProblemCollector c, string path, PersonName name, string whose, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(name.GivenNames) && string.IsNullOrWhiteSpace(name.FamilyName))
        {
            c.Add(path, $"{whose} name is required.");
        }

        c.ShortText(ProblemCollector.Join(path, "givenNames"), name.GivenNames);
        c.ShortText(ProblemCollector.Join(path, "familyName"), name.FamilyName);
        for (var i = 0; i < name.Aliases.Count; i++)
        {
            c.ShortText(ProblemCollector.Index(ProblemCollector.Join(path, "aliases"), i), name.Aliases[i]);
        }

        for (var i = 0; i < name.OtherSpellings.Count; i++)
        {
            c.ShortText(ProblemCollector.Index(ProblemCollector.Join(path, "otherSpellings"), i), name.OtherSpellings[i]);
        }
    }

    internal static void DateOfBirth(ProblemCollector c, string path, DateOfBirth dob, string whose)
    {
        var datePath = ProblemCollector.Join(path, "date");
        if (dob.Accuracy != DateOfBirthAccuracy.Unknown && dob.Date is null)
        {
            c.Add(datePath, $"{whose} date of birth is marked {Describe(dob.Accuracy)} but no date is given.");
        }

        if (dob.Accuracy == DateOfBirthAccuracy.Unknown && dob.Date is not null)
        {
            c.Add(ProblemCollector.Join(path, "accuracy"), $"{whose} date of birth has a date but is marked unknown; mark it exact or approximate.");
        }

        c.NotInFuture(datePath, dob.Date, $"{whose} date of birth");
        if (dob.Date is { } d && c.Options.Today.YearsSince(d) > 120)
        {
            c.Add(datePath, $"{whose} date of birth ({d}) is more than 120 years ago.");
        }
    }

    internal static void Address(ProblemCollector c, string path, Address address)
    {
        c.ShortText(ProblemCollector.Join(path, "line1"), address.Line1);
        c.ShortText(ProblemCollector.Join(path, "line2"), address.Line2);
        c.ShortText(ProblemCollector.Join(path, "town"), address.Town);
        c.ShortText(ProblemCollector.Join(path, "postcode"), address.Postcode);
    }

    internal static void Practitioner(ProblemCollector c, string path, Practitioner p, string who, bool required)
    {
        if (required)
        {
            c.Required(ProblemCollector.Join(path, "name"), p.Name, $"The {who}'s name");
        }

        c.ShortText(ProblemCollector.Join(path, "name"), p.Name);
        c.ShortText(ProblemCollector.Join(path, "position"), p.Position);
        c.ShortText(ProblemCollector.Join(path, "phone"), p.Phone);
        c.Email(ProblemCollector.Join(path, "email"), p.Email);
    }

    internal static void Signature(ProblemCollector c, string path, Signature s, string who, bool required)
    {
        if (required)
        {
            c.Required(ProblemCollector.Join(path, "name"), s.Name, $"The {who}'s name");
            c.Required(ProblemCollector.Join(path, "signedOn"), s.SignedOn, $"The {who}'s signing date");
        }

        c.ShortText(ProblemCollector.Join(path, "name"), s.Name);
        c.ShortText(ProblemCollector.Join(path, "role"), s.Role);
        c.NotInFuture(ProblemCollector.Join(path, "signedOn"), s.SignedOn, $"The {who}'s signing date");
    }

    internal static void Child(ProblemCollector c, string path, Child child)
    {
        Name(c, ProblemCollector.Join(path, "name"), child.Name, "The child's", required: true);
        DateOfBirth(c, ProblemCollector.Join(path, "dateOfBirth"), child.DateOfBirth, "The child's");
        if (child.DateOfBirth.Date is { } dob && dob <= c.Options.Today)
        {
            var age = c.Options.Today.YearsSince(dob);
            if (age >= c.Options.MaximumChildAge)
            {
                c.Add(ProblemCollector.Join(path, "dateOfBirth.date"), $"gives an age of {age}, which is not plausible for a child (under {c.Options.MaximumChildAge}).");
            }
        }

        c.ShortText(ProblemCollector.Join(path, "relationshipToVictim"), child.RelationshipToVictim);
        c.ShortText(ProblemCollector.Join(path, "relationshipToPerpetrator"), child.RelationshipToPerpetrator);
        Address(c, ProblemCollector.Join(path, "address"), child.Address);
        c.ShortText(ProblemCollector.Join(path, "school"), child.School);
    }

    internal static void Agency(ProblemCollector c, string path, Agency agency, string what, bool required)
    {
        if (required)
        {
            c.Required(ProblemCollector.Join(path, "name"), agency.Name, what);
        }

        c.ShortText(ProblemCollector.Join(path, "name"), agency.Name);
        c.Email(ProblemCollector.Join(path, "secureEmail"), agency.SecureEmail);
    }

    private static string Describe(DateOfBirthAccuracy accuracy) => accuracy == DateOfBirthAccuracy.Exact ? "exact" : "approximate";
}
