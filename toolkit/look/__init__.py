"""`make look`: a contact sheet of every picture and the policy pages, for a person to open."""
