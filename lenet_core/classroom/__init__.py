"""The class on one server: limits, students, the teacher, the class drawings and their scores,
the quiz, the leaderboard's rows, uploads checked against the limits.
"""
