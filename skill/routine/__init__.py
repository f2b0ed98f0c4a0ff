"""The routine as pure code: the steps to the point, the hold plan, time maths. No Alexa imports."""
